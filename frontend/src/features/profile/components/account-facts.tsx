import { useTranslation } from 'react-i18next';
import type { Profile } from '@/api/me';

/** What the account (Keycloak) owns: the e-mail address and whether it is verified. Read-only here. */
export function AccountFacts({ profile }: { profile: Profile }) {
  const { t } = useTranslation('profile');
  return (
    <section aria-labelledby="account-heading" className="kn-stack">
      <h2 id="account-heading" className="kern-heading-medium">
        {t('account.heading')}
      </h2>
      <dl className="kern-description-list">
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t('account.email')}</dt>
          <dd className="kern-description-list-item__value kn-stack">
            <span>
              {profile.email ?? t('account.noEmail')}{' '}
              {profile.email && (
                <span
                  className={`kern-badge ${profile.emailVerified ? 'kern-badge--success' : 'kern-badge--warning'}`}
                >
                  <span className="kern-label kern-label--small">
                    {profile.emailVerified ? t('account.verified') : t('account.notVerified')}
                  </span>
                </span>
              )}
            </span>
            <span className="kern-body kern-body--small">{t('account.emailManaged')}</span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
