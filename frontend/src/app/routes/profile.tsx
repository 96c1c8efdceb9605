import { useTranslation } from 'react-i18next';
import { LoadingState } from '@/components/ui/loading-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useProfile } from '@/api/me';
import { NotificationSettingsLink } from '@/features/notifications/components/notification-settings-link';
import { AccountFacts } from '@/features/profile/components/account-facts';
import { ProfileForm } from '@/features/profile/components/profile-form';
import { useDocumentTitle } from '@/lib/use-document-title';

export function ProfileRoute() {
  const { t } = useTranslation('profile');
  useDocumentTitle(t('title'));
  const query = useProfile();

  return (
    <div className="kn-stack-lg">
      <hgroup className="kn-stack">
        <h1 className="kern-heading-large">{t('title')}</h1>
        <p className="kern-body kn-prose">{t('intro')}</p>
      </hgroup>

      {query.isPending && <LoadingState label={t('loading')} />}

      {query.isError && (
        <ProblemAlert
          title={t('loadErrorTitle')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}

      {query.isSuccess && (
        <>
          <AccountFacts profile={query.data.profile} />
          <NotificationSettingsLink />
          <ProfileForm initial={query.data} onReload={async () => (await query.refetch()).data} />
        </>
      )}
    </div>
  );
}
