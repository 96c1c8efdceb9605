import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '@/components/ui/loading-state';
import { WarningAlert } from '@/components/ui/warning-alert';
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
        <WarningAlert title={t('compose.forbiddenTitle')} text={t('compose.forbiddenText')} />
      )}
    </div>
  );
}
