import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState } from '@/components/ui/loading-state';
import { OutcomeNotice, useOutcome } from '@/components/ui/outcome-notice';
import { Pagination } from '@/components/ui/pagination';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { WarningAlert } from '@/components/ui/warning-alert';
import { useNetworkMessages, type Message } from '@/features/messages/api/messages';
import { useNetworkRole } from '@/api/roles';
import { MessageTable } from '@/features/messages/components/message-table';
import { ComposeLink, messagesPath } from '@/features/messages/components/message-texts';
import { ApiError } from '@/lib/api-client';
import { formatNumber } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';

/** What the compose form hands over when it sends the person here. */
export type MessageSentState = { messageSent: Pick<Message, 'subject' | 'recipientCount'> };

function sentOf(state: unknown): MessageSentState['messageSent'] | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const sent = (state as Partial<MessageSentState>).messageSent;
  return sent && typeof sent.subject === 'string' && typeof sent.recipientCount === 'number'
    ? sent
    : undefined;
}

/** Says once, focused, that the message just written is on its way. */
function useSentNotice() {
  const { t, i18n } = useTranslation('messages');
  const sent = sentOf(useLocation().state);
  const { outcome, report, ref } = useOutcome();
  useEffect(() => {
    if (!sent) return;
    report({
      kind: 'success',
      text: `${t('list.sentTitle', { subject: sent.subject })}. ${t('list.sentText', {
        count: sent.recipientCount,
        formatted: formatNumber(sent.recipientCount, i18n.resolvedLanguage ?? 'de'),
      })}`,
    });
    // once per arrival
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sent?.subject]);
  return { outcome, ref };
}

/** `?page=` counts from 1, as people read it. */
function usePage(): number {
  const [params] = useSearchParams();
  const value = Number.parseInt(params.get('page') ?? '1', 10);
  return Number.isFinite(value) && value >= 1 ? value - 1 : 0;
}

/** The network's message archive (`/netzwerke/:id/nachrichten`), newest first, page by page. */
export function MessageArchive({
  networkId,
  networkName,
}: {
  networkId: string;
  networkName: string | undefined;
}) {
  const { t, i18n } = useTranslation('messages');
  useDocumentTitle(
    networkName ? t('list.documentTitle', { network: networkName }) : t('list.title'),
  );
  const page = usePage();
  const query = useNetworkMessages(networkId, page);
  const { canManage } = useNetworkRole(networkId);
  const sent = useSentNotice();
  const forbidden = query.error instanceof ApiError && query.error.status === 403;
  const hrefFor = (target: number) =>
    target === 0 ? messagesPath(networkId) : `${messagesPath(networkId)}?page=${target + 1}`;

  return (
    <div className="kn-stack-lg">
      <p>
        <Link to={`/netzwerke/${networkId}`} className="kern-link">
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
          {t('list.back')}
        </Link>
      </p>
      <hgroup className="kn-stack">
        {networkName && <p className="kern-preline">{networkName}</p>}
        <h1 className="kern-heading-large">{t('list.title')}</h1>
        <p className="kern-body">{t('list.intro')}</p>
      </hgroup>

      <OutcomeNotice outcome={sent.outcome} outcomeRef={sent.ref} errorTitle="" />

      {canManage && !forbidden && <ComposeLink networkId={networkId} />}

      {forbidden && (
        <WarningAlert title={t('list.forbiddenTitle')} text={t('list.forbiddenText')} />
      )}
      {query.isPending && <LoadingState label={t('list.loading')} />}
      {query.isError && !forbidden && (
        <ProblemAlert
          title={t('list.errorTitle')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      {query.isSuccess && query.data.totalItems === 0 && (
        <EmptyState title={t('list.emptyTitle')} text={t('list.emptyText')} />
      )}
      {query.isSuccess && query.data.items.length > 0 && (
        <div className="kn-stack" aria-busy={query.isPlaceholderData}>
          <p className="kern-body kern-body--small">
            {t('list.count', {
              count: query.data.totalItems,
              formatted: formatNumber(query.data.totalItems, i18n.resolvedLanguage ?? 'de'),
            })}
          </p>
          <MessageTable
            networkId={networkId}
            messages={query.data.items}
            caption={t('list.caption')}
          />
        </div>
      )}
      {query.isSuccess && (
        <Pagination page={query.data.page} totalPages={query.data.totalPages} hrefFor={hrefFor} />
      )}
    </div>
  );
}
