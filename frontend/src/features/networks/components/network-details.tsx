import { useTranslation } from 'react-i18next';
import type { Network } from '@/features/networks/api/get-network';
import { formatDateTime } from '@/lib/format';

type NetworkDetailsProps = { network: Network };

/** Everything below the page's h1: description, eligibility and the key facts. */
export function NetworkDetails({ network }: NetworkDetailsProps) {
  const { t, i18n } = useTranslation('networks');
  const locale = i18n.resolvedLanguage ?? i18n.language;

  return (
    <div className="kn-stack-lg">
      <p className="kern-body kern-body--large kn-prose">{network.description}</p>

      <section aria-labelledby="eligibility-heading" className="kn-stack">
        <h2 id="eligibility-heading" className="kern-heading-medium">
          {t('detail.eligibility')}
        </h2>
        <p className="kern-body kn-prose">{network.eligibility}</p>
      </section>

      <section aria-labelledby="facts-heading" className="kn-stack">
        <h2 id="facts-heading" className="kern-heading-medium">
          {t('detail.facts')}
        </h2>
        <dl className="kern-description-list">
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t('detail.region')}</dt>
            <dd className="kern-description-list-item__value">{network.region}</dd>
          </div>
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t('detail.organizer')}</dt>
            <dd className="kern-description-list-item__value">{network.organizer.name}</dd>
          </div>
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t('detail.contact')}</dt>
            <dd className="kern-description-list-item__value">
              <a className="kern-link" href={`mailto:${network.organizer.contactEmail}`}>
                {network.organizer.contactEmail}
              </a>
            </dd>
          </div>
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t('detail.createdAt')}</dt>
            <dd className="kern-description-list-item__value">
              <time dateTime={network.createdAt}>{formatDateTime(network.createdAt, locale)}</time>
            </dd>
          </div>
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t('detail.updatedAt')}</dt>
            <dd className="kern-description-list-item__value">
              <time dateTime={network.updatedAt}>{formatDateTime(network.updatedAt, locale)}</time>
            </dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
