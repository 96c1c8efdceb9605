import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '@/components/ui/loading-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useProfile } from '@/api/me';
import { useNotificationSettings } from '@/features/notifications/api/notification-settings';
import { NotificationSettingsForm } from '@/features/notifications/components/notification-settings-form';
import { useDocumentTitle } from '@/lib/use-document-title';

/** "Benachrichtigungen": which mails come, and in which language (`/profil/benachrichtigungen`). */
export function NotificationSettingsView() {
  const { t } = useTranslation('notifications');
  const { t: tProfile } = useTranslation('profile');
  useDocumentTitle(t('settings.title'));
  const settings = useNotificationSettings();
  const profile = useProfile();
  const failed = settings.error ?? profile.error;

  return (
    <div className="kn-stack-lg">
      <p>
        <Link to="/profil" className="kern-link">
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
          {tProfile('title')}
        </Link>
      </p>
      <hgroup className="kn-stack">
        <h1 className="kern-heading-large">{t('settings.title')}</h1>
        <p className="kern-body kn-prose">{t('settings.intro')}</p>
      </hgroup>

      <div className="kern-alert kern-alert--info">
        <div className="kern-alert__header">
          <span className="kern-icon kern-icon--info" aria-hidden="true" />
          <h2 className="kern-title">{t('settings.alwaysTitle')}</h2>
        </div>
        <div className="kern-alert__body">
          <p className="kern-body">{t('settings.alwaysText')}</p>
        </div>
      </div>

      {failed ? (
        <ProblemAlert
          title={t('settings.loadErrorTitle')}
          error={failed}
          onRetry={() => {
            if (settings.isError) void settings.refetch();
            if (profile.isError) void profile.refetch();
          }}
        />
      ) : settings.isSuccess && profile.isSuccess ? (
        <NotificationSettingsForm
          settings={settings.data}
          profile={profile.data}
          onReload={async () => {
            const [fresh, freshProfile] = await Promise.all([
              settings.refetch(),
              profile.refetch(),
            ]);
            return fresh.data && freshProfile.data
              ? { settings: fresh.data, profile: freshProfile.data }
              : undefined;
          }}
        />
      ) : (
        <LoadingState label={t('settings.loading')} />
      )}
    </div>
  );
}
