import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** On the profile page: the way to "Benachrichtigungen". */
export function NotificationSettingsLink() {
  const { t } = useTranslation('notifications');
  return (
    <section aria-labelledby="notification-settings-heading" className="kn-stack">
      <h2 id="notification-settings-heading" className="kern-heading-medium">
        {t('settings.profileSectionTitle')}
      </h2>
      <p className="kern-body">{t('settings.profileSectionText')}</p>
      <p>
        <Link to="/profil/benachrichtigungen" className="kern-link">
          <span className="kern-icon kern-icon--arrow-forward" aria-hidden="true" />
          {t('settings.profileLink')}
        </Link>
      </p>
    </section>
  );
}
