import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Municipality } from '@/features/municipalities/api/get-municipality';

type MunicipalityDetailsProps = { municipality: Municipality };

/** The key facts below the page's h1: kind, official key, Land and the Kreis it belongs to. */
export function MunicipalityDetails({ municipality }: MunicipalityDetailsProps) {
  const { t } = useTranslation('municipalities');
  const keyLabel =
    municipality.kind === 'KREIS' ? t('detail.officialKeyHintKreis') : t('detail.officialKeyHint');

  return (
    <section aria-labelledby="facts-heading" className="kn-stack">
      <h2 id="facts-heading" className="kern-heading-medium">
        {t('detail.facts')}
      </h2>
      <dl className="kern-description-list">
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t('detail.kind')}</dt>
          <dd className="kern-description-list-item__value">{t(`kind.${municipality.kind}`)}</dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{keyLabel}</dt>
          <dd className="kern-description-list-item__value kn-tabular">
            {municipality.officialKey}
          </dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t('detail.federalState')}</dt>
          <dd className="kern-description-list-item__value">
            {t(`federalState.${municipality.federalState}`)}
          </dd>
        </div>
        {municipality.parent && (
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t('detail.parent')}</dt>
            <dd className="kern-description-list-item__value">
              <Link to={`/kommunen/${municipality.parent.id}`} className="kern-link">
                {municipality.parent.name}
              </Link>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
