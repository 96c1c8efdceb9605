import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState } from '@/components/ui/loading-state';
import { OutcomeNotice, useOutcome } from '@/components/ui/outcome-notice';
import { Pagination } from '@/components/ui/pagination';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useWebhooks } from '@/features/webhooks/api/webhooks';
import {
  NEW_WEBHOOK_PATH,
  WEBHOOKS_PATH,
  useWebhookTexts,
  webhookPath,
} from '@/features/webhooks/components/webhook-texts';
import { ApiError } from '@/lib/api-client';
import { formatNumber } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';

/** `?page=` (from 1) in the address; 0-based for the API. */
export function usePageParam(): number {
  const [params] = useSearchParams();
  const value = Number.parseInt(params.get('page') ?? '1', 10);
  return Number.isFinite(value) && value >= 1 ? value - 1 : 0;
}

/** "Nur für die Administration": the API answered 403. */
export function WebhooksForbidden() {
  const { t } = useTranslation('webhooks');
  return (
    <div className="kern-alert kern-alert--warning" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <h2 className="kern-title">{t('list.forbiddenTitle')}</h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{t('list.forbiddenText')}</p>
      </div>
    </div>
  );
}

/** "Gelöscht", once, when the detail page sent the user here after deleting. */
function DeletedNotice() {
  const { t } = useTranslation('webhooks');
  const { state } = useLocation() as { state: unknown };
  const deleted =
    typeof state === 'object' && state !== null
      ? (state as { webhookDeleted?: unknown }).webhookDeleted
      : undefined;
  const { outcome, report, ref } = useOutcome();
  useEffect(() => {
    if (typeof deleted === 'string')
      report({ kind: 'success', text: t('list.deleted', { url: deleted }) });
    // once per arrival
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deleted]);
  return <OutcomeNotice outcome={outcome} outcomeRef={ref} errorTitle="" />;
}

/**
 * "Webhooks" for admins (`/admin/webhooks`, where the notice about a disabled webhook links):
 * every subscription with its address, changes, state and failures in a row.
 */
export function WebhookList() {
  const { t, i18n } = useTranslation('webhooks');
  useDocumentTitle(t('list.title'));
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const page = usePageParam();
  const query = useWebhooks(page);
  const texts = useWebhookTexts();
  const forbidden = query.error instanceof ApiError && query.error.status === 403;

  return (
    <div className="kn-stack-lg">
      <hgroup className="kn-stack">
        <h1 className="kern-heading-large">{t('list.title')}</h1>
        <p className="kern-body kn-prose">{t('list.intro')}</p>
      </hgroup>

      {forbidden ? (
        <WebhooksForbidden />
      ) : (
        <>
          <DeletedNotice />
          <p>
            <Link to={NEW_WEBHOOK_PATH} className="kern-btn kern-btn--primary">
              <span className="kern-icon kern-icon--add" aria-hidden="true" />
              <span className="kern-label">{t('list.create')}</span>
            </Link>
          </p>

          {query.isPending && <LoadingState label={t('list.loading')} />}
          {query.isError && (
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
              <p className="kern-body kern-body--small" role="status">
                {t('list.count', {
                  count: query.data.totalItems,
                  formatted: formatNumber(query.data.totalItems, locale),
                })}
              </p>
              <DataTable
                caption={t('list.caption')}
                rows={query.data.items}
                rowKey={(webhook) => webhook.id}
                columns={[
                  {
                    label: t('columns.url'),
                    className: 'kn-break-anywhere',
                    cell: (webhook) => (
                      <Link to={webhookPath(webhook.id)} className="kern-link">
                        {webhook.url}
                      </Link>
                    ),
                  },
                  {
                    label: t('columns.description'),
                    cell: (webhook) => webhook.description || t('none'),
                  },
                  {
                    label: t('columns.eventTypes'),
                    cell: (webhook) => texts.types(webhook).join(', '),
                  },
                  {
                    label: t('columns.status'),
                    className: 'kn-break-anywhere',
                    cell: (webhook) => texts.state(webhook),
                  },
                  {
                    label: t('columns.failures'),
                    numeric: true,
                    className: 'kn-tabular',
                    cell: (webhook) => formatNumber(webhook.consecutiveFailures, locale),
                  },
                ]}
              />
            </div>
          )}
          {query.isSuccess && (
            <Pagination
              page={query.data.page}
              totalPages={query.data.totalPages}
              hrefFor={(target) =>
                target > 0 ? `${WEBHOOKS_PATH}?page=${target + 1}` : WEBHOOKS_PATH
              }
            />
          )}
        </>
      )}
    </div>
  );
}
