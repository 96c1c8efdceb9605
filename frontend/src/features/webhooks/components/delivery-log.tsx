import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Pagination } from '@/components/ui/pagination';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useWebhookDeliveries, type WebhookDelivery } from '@/features/webhooks/api/webhooks';
import { useRedeliver } from '@/features/webhooks/components/use-redeliver';
import { useWebhookTexts, webhookPath } from '@/features/webhooks/components/webhook-texts';
import { formatDateTime, formatNumber } from '@/lib/format';

/**
 * The delivery log of one subscription (paged by `?page=` in the address), newest first: status,
 * the receiver's last status code, how long it took, attempts and time, and "Erneut zustellen".
 */
export function DeliveryLog({ webhookId, page }: { webhookId: string; page: number }) {
  const { t, i18n } = useTranslation('webhooks');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const query = useWebhookDeliveries(webhookId, page);
  const texts = useWebhookTexts();
  const redeliver = useRedeliver(webhookId);
  const when = (iso: string | null) =>
    iso ? <time dateTime={iso}>{formatDateTime(iso, locale)}</time> : t('never');
  const status = (delivery: WebhookDelivery) => (
    <>
      {texts.deliveryStatus(delivery)}
      {delivery.status === 'QUEUED' && delivery.attempts > 0 && delivery.nextAttemptAt && (
        <>
          <br />
          <span className="kern-body kern-body--small">
            {t('deliveries.nextAttempt', { time: formatDateTime(delivery.nextAttemptAt, locale) })}
          </span>
        </>
      )}
      {delivery.status !== 'SUCCEEDED' && delivery.lastError && (
        <>
          <br />
          <span className="kern-body kern-body--small kn-break-anywhere">{delivery.lastError}</span>
        </>
      )}
    </>
  );

  return (
    <section aria-labelledby="webhook-deliveries" className="kn-stack">
      <h2 id="webhook-deliveries" className="kern-heading-medium">
        {t('deliveries.title')}
      </h2>
      <p className="kern-body kn-prose">{t('deliveries.intro')}</p>
      {redeliver.notice}
      {query.isPending && <LoadingState label={t('deliveries.loading')} />}
      {query.isError && (
        <ProblemAlert
          title={t('deliveries.errorTitle')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      {query.isSuccess && query.data.totalItems === 0 && (
        <EmptyState
          title={t('deliveries.emptyTitle')}
          text={t('deliveries.emptyText')}
          headingLevel={3}
        />
      )}
      {query.isSuccess && query.data.items.length > 0 && (
        <div className="kn-stack" aria-busy={query.isPlaceholderData}>
          <p className="kern-body kern-body--small" role="status">
            {t('deliveries.count', {
              count: query.data.totalItems,
              formatted: formatNumber(query.data.totalItems, locale),
            })}
          </p>
          <DataTable
            caption={t('deliveries.caption')}
            rows={query.data.items}
            rowKey={(delivery) => delivery.id}
            columns={[
              {
                label: t('deliveries.columns.createdAt'),
                className: 'kn-tabular',
                cell: (delivery) => when(delivery.createdAt),
              },
              {
                label: t('deliveries.columns.type'),
                cell: (delivery) => texts.type(delivery.type),
              },
              { label: t('deliveries.columns.status'), cell: status },
              {
                label: t('deliveries.columns.statusCode'),
                numeric: true,
                className: 'kn-tabular',
                cell: (delivery) =>
                  delivery.lastStatusCode !== null
                    ? String(delivery.lastStatusCode)
                    : delivery.attempts > 0
                      ? t('deliveries.noAnswer')
                      : t('none'),
              },
              {
                label: t('deliveries.columns.duration'),
                numeric: true,
                className: 'kn-tabular',
                cell: (delivery) =>
                  delivery.lastDurationMs !== null
                    ? t('deliveries.durationMs', {
                        formatted: formatNumber(delivery.lastDurationMs, locale),
                      })
                    : t('none'),
              },
              {
                label: t('deliveries.columns.attempts'),
                numeric: true,
                className: 'kn-tabular',
                cell: (delivery) => formatNumber(delivery.attempts, locale),
              },
              {
                label: t('deliveries.columns.lastAttemptAt'),
                className: 'kn-tabular',
                cell: (delivery) => when(delivery.lastAttemptAt),
              },
              {
                label: t('deliveries.columns.actions'),
                cell: (delivery) => redeliver.button(delivery),
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
            target > 0 ? `${webhookPath(webhookId)}?page=${target + 1}` : webhookPath(webhookId)
          }
        />
      )}
    </section>
  );
}
