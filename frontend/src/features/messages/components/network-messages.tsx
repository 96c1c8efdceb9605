import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '@/components/ui/loading-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useNetworkMessages } from '@/features/messages/api/messages';
import { useNetworkRole } from '@/api/roles';
import { MessageTable } from '@/features/messages/components/message-table';
import { ComposeLink, messagesPath } from '@/features/messages/components/message-texts';
import { ApiError } from '@/lib/api-client';

const LATEST = 3;

/**
 * "Nachrichten" on the network page: the latest messages, the way to the archive and, for the
 * coordination and admins, to "Nachricht an das Netzwerk". Only members, the coordination and
 * admins read messages; for everyone else the section is not there.
 */
export function NetworkMessages({ networkId }: { networkId: string }) {
  const { t } = useTranslation('messages');
  const { isMember, canManage, isPending } = useNetworkRole(networkId);
  const mayRead = isMember || canManage;
  const query = useNetworkMessages(networkId, 0, { size: LATEST, enabled: mayRead });
  const forbidden = query.error instanceof ApiError && query.error.status === 403;
  if (isPending || !mayRead || forbidden) return null;

  return (
    <section aria-labelledby="messages-heading" className="kn-stack-lg">
      <h2 id="messages-heading" className="kern-heading-medium">
        {t('section.title')}
      </h2>
      <p className="kern-body">{t('section.intro')}</p>
      {query.isPending && <LoadingState label={t('section.loading')} />}
      {query.isError && (
        <ProblemAlert
          title={t('section.errorTitle')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      {query.isSuccess &&
        (query.data.items.length === 0 ? (
          <p className="kern-body">{t('section.empty')}</p>
        ) : (
          <MessageTable
            networkId={networkId}
            messages={query.data.items}
            caption={t('section.latest')}
          />
        ))}
      {query.isSuccess && query.data.totalItems > 0 && (
        <p>
          <Link to={messagesPath(networkId)} className="kern-link">
            <span className="kern-icon kern-icon--arrow-forward" aria-hidden="true" />
            {t('section.all')}
          </Link>
        </p>
      )}
      {canManage && <ComposeLink networkId={networkId} />}
    </section>
  );
}
