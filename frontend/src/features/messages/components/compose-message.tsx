import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '@/components/ui/loading-state';
import { useNetworkRole } from '@/api/roles';
import { ComposeMessageForm } from '@/features/messages/components/compose-message-form';
import { messagesPath } from '@/features/messages/components/message-texts';
import { useDocumentTitle } from '@/lib/use-document-title';

/** `/netzwerke/:id/nachrichten/neu`: the form for the coordination and admins, a short note for others. */
export function ComposeMessage({
  networkId,
  networkName,
}: {
  networkId: string;
  networkName: string | undefined;
}) {
  const { t } = useTranslation('messages');
  useDocumentTitle(t('compose.title'));
  const { canManage, isPending } = useNetworkRole(networkId);

  return (
    <div className="kn-stack-lg">
      <p>
        <Link to={messagesPath(networkId)} className="kern-link">
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
          {t('compose.back')}
        </Link>
      </p>
      <hgroup className="kn-stack">
        {networkName && <p className="kern-preline">{networkName}</p>}
        <h1 className="kern-heading-large">{t('compose.title')}</h1>
        <p className="kern-body kn-prose">{t('compose.intro')}</p>
      </hgroup>
      {isPending ? (
        <LoadingState label={t('compose.loading')} />
      ) : canManage ? (
        <ComposeMessageForm networkId={networkId} />
      ) : (
        <div className="kern-alert kern-alert--warning" role="alert">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--warning" aria-hidden="true" />
            <h2 className="kern-title">{t('compose.forbiddenTitle')}</h2>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{t('compose.forbiddenText')}</p>
          </div>
        </div>
      )}
    </div>
  );
}
