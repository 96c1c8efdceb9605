import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Pagination } from '@/components/ui/pagination';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { WarningAlert } from '@/components/ui/warning-alert';
import {
  MAIL_STATUSES,
  useMailDeliveries,
  type MailStatus,
} from '@/features/mail-deliveries/api/mail-deliveries';
import {
  DELIVERIES_PATH,
  deliveryPath,
  useDeliveryTexts,
} from '@/features/mail-deliveries/components/delivery-texts';
import { useRetry } from '@/features/mail-deliveries/components/use-retry';
import { ApiError } from '@/lib/api-client';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';

/** `?status=` (FAILED unless given) and `?page=` (from 1) live in the address. */
function useListParams() {
  const [params, setParams] = useSearchParams();
  const value = params.get('status');
  const status: MailStatus = MAIL_STATUSES.includes(value as MailStatus)
    ? (value as MailStatus)
    : 'FAILED';
  const pageValue = Number.parseInt(params.get('page') ?? '1', 10);
  const page = Number.isFinite(pageValue) && pageValue >= 1 ? pageValue - 1 : 0;
  const search = (next: MailStatus, target: number) => {
    const query = new URLSearchParams();
    if (next !== 'FAILED') query.set('status', next);
    if (target > 0) query.set('page', String(target + 1));
    return query;
  };
  return {
    status,
    page,
    setStatus: (next: MailStatus) =>
      setParams(search(next, 0), { replace: true, state: { keepFocus: true } }),
    hrefFor: (target: number) => {
      const query = search(status, target).toString();
      return query ? `${DELIVERIES_PATH}?${query}` : DELIVERIES_PATH;
    },
  };
}

/**
 * "Zustellprobleme" for admins (`/admin/zustellprobleme`): the mails that could not be delivered
 * (or, by the filter, those queued, sent or dropped), each with its last error and a retry.
 */
export function DeliveryList() {
  const { t, i18n } = useTranslation('mail-deliveries');
  useDocumentTitle(t('list.title'));
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const id = useId();
  const { status, page, setStatus, hrefFor } = useListParams();
  const query = useMailDeliveries(status, page);
  const texts = useDeliveryTexts();
  const retry = useRetry();
  const forbidden = query.error instanceof ApiError && query.error.status === 403;

  return (
    <div className="kn-stack-lg">
      <hgroup className="kn-stack">
        <h1 className="kern-heading-large">{t('list.title')}</h1>
        <p className="kern-body kn-prose">{t('list.intro')}</p>
      </hgroup>

      {forbidden ? (
        <WarningAlert title={t('list.forbiddenTitle')} text={t('list.forbiddenText')} />
      ) : (
        <>
          <div className="kn-filters">
            <div className="kern-form-input">
              <label className="kern-label" htmlFor={`${id}-status`}>
                {t('list.statusLabel')}
              </label>
              <div className="kern-form-input__select-wrapper">
                <select
                  id={`${id}-status`}
                  className="kern-form-input__select"
                  value={status}
                  onChange={(event) => setStatus(event.target.value as MailStatus)}
                >
                  {MAIL_STATUSES.map((value) => (
                    <option key={value} value={value}>
                      {t(`status.${value}`)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          </div>

          {retry.notice}

          {query.isPending && <LoadingState label={t('list.loading')} />}
          {query.isError && (
            <ProblemAlert
              title={t('list.errorTitle')}
              error={query.error}
              onRetry={() => void query.refetch()}
            />
          )}
          {query.isSuccess && query.data.totalItems === 0 && (
            <EmptyState
              title={t(`list.empty.${status}.title`)}
              text={t(`list.empty.${status}.text`)}
            />
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
                caption={t(`list.caption.${status}`)}
                rows={query.data.items}
                rowKey={(delivery) => delivery.id}
                columns={[
                  {
                    label: t('columns.subject'),
                    cell: (delivery) => (
                      <Link to={deliveryPath(delivery.id)} className="kern-link">
                        {texts.subject(delivery)}
                      </Link>
                    ),
                  },
                  {
                    label: t('columns.recipient'),
                    className: 'kn-break-anywhere',
                    cell: (delivery) => texts.recipient(delivery),
                  },
                  { label: t('columns.kind'), cell: (delivery) => texts.kind(delivery) },
                  {
                    label: t('columns.attempts'),
                    numeric: true,
                    className: 'kn-tabular',
                    cell: (delivery) => formatNumber(delivery.attempts, locale),
                  },
                  {
                    label: t('columns.lastError'),
                    className: 'kn-break-anywhere',
                    cell: (delivery) => delivery.lastError ?? t('none'),
                  },
                  {
                    label: t('columns.lastAttemptAt'),
                    className: 'kn-tabular',
                    cell: (delivery) =>
                      delivery.lastAttemptAt ? (
                        <time dateTime={delivery.lastAttemptAt}>
                          {formatDateTime(delivery.lastAttemptAt, locale)}
                        </time>
                      ) : (
                        t('never')
                      ),
                  },
                  status === 'FAILED' && {
                    label: t('columns.actions'),
                    cell: (delivery) => retry.button(delivery, true),
                  },
                ]}
              />
            </div>
          )}
          {query.isSuccess && (
            <Pagination
              page={query.data.page}
              totalPages={query.data.totalPages}
              hrefFor={hrefFor}
            />
          )}
        </>
      )}
    </div>
  );
}
