import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui/data-table';
import { DetailNotFound, DetailPage, type DetailTexts } from '@/components/ui/detail-page';
import { useMailDelivery, type MailDelivery } from '@/features/mail-deliveries/api/mail-deliveries';
import {
  DELIVERIES_PATH,
  useDeliveryTexts,
} from '@/features/mail-deliveries/components/delivery-texts';
import { useRetry } from '@/features/mail-deliveries/components/use-retry';
import { formatDateTime, formatNumber } from '@/lib/format';

function useDetailTexts(): DetailTexts {
  const { t } = useTranslation('mail-deliveries');
  return {
    back: t('detail.back'),
    notFoundTitle: t('detail.notFoundTitle'),
    notFoundText: t('detail.notFoundText'),
    loading: t('detail.loading'),
    errorTitle: t('detail.errorTitle'),
  };
}

/** An address whose id cannot name a mail. */
export function DeliveryNotFound() {
  return <DetailNotFound backTo={DELIVERIES_PATH} texts={useDetailTexts()} />;
}

function Delivery({ delivery }: { delivery: MailDelivery }) {
  const { t, i18n } = useTranslation(['mail-deliveries', 'notifications']);
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const texts = useDeliveryTexts();
  const retry = useRetry();
  const when = (iso: string | null | undefined) =>
    iso ? <time dateTime={iso}>{formatDateTime(iso, locale)}</time> : t('never');
  const fact = (key: string, label: string, value: ReactNode, className = '') => (
    <div key={key} className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{label}</dt>
      <dd className={`kern-description-list-item__value ${className}`.trim()}>{value}</dd>
    </div>
  );
  const category = delivery.category
    ? t(
        `notifications:categories.${delivery.category}.label` as 'notifications:categories.minutes.label',
        {
          defaultValue: delivery.category,
        },
      )
    : t('detail.essential');
  const attempts = delivery.attemptLog ?? [];

  return (
    <>
      <hgroup className="kn-stack">
        <p className="kern-preline kn-break-anywhere">
          {t('detail.preline', { recipient: texts.recipient(delivery) })}
        </p>
        <h1 className="kern-heading-large">{texts.subject(delivery)}</h1>
      </hgroup>
      {retry.notice}
      <section aria-labelledby="delivery-facts" className="kn-stack">
        <h2 id="delivery-facts" className="kern-heading-medium">
          {t('detail.facts')}
        </h2>
        <dl className="kern-description-list">
          {fact('status', t('detail.status'), texts.status(delivery))}
          {fact('kind', t('columns.kind'), texts.kind(delivery))}
          {fact(
            'recipient',
            t('columns.recipient'),
            texts.recipient(delivery),
            'kn-break-anywhere',
          )}
          {fact('category', t('detail.category'), category)}
          {fact('createdAt', t('detail.createdAt'), when(delivery.createdAt))}
          {fact('lastAttemptAt', t('columns.lastAttemptAt'), when(delivery.lastAttemptAt))}
          {delivery.nextAttemptAt &&
            fact('nextAttemptAt', t('detail.nextAttemptAt'), when(delivery.nextAttemptAt))}
          {delivery.sentAt && fact('sentAt', t('detail.sentAt'), when(delivery.sentAt))}
          {delivery.lastError &&
            fact('lastError', t('columns.lastError'), delivery.lastError, 'kn-break-anywhere')}
          {fact(
            'messageId',
            t('detail.messageId'),
            <code>{delivery.id}</code>,
            'kn-break-anywhere',
          )}
        </dl>
        {delivery.status === 'FAILED' && <p>{retry.button(delivery, false)}</p>}
      </section>
      <section aria-labelledby="delivery-attempts" className="kn-stack">
        <h2 id="delivery-attempts" className="kern-heading-medium">
          {t('detail.attemptsTitle')}
        </h2>
        {attempts.length === 0 ? (
          <p className="kern-body">{t('detail.noAttempts')}</p>
        ) : (
          <DataTable
            caption={t('detail.attemptsCaption')}
            rows={attempts}
            rowKey={(attempt) => String(attempt.attempt)}
            columns={[
              {
                label: t('detail.attempt'),
                numeric: true,
                className: 'kn-tabular',
                cell: (attempt) => formatNumber(attempt.attempt, locale),
              },
              { label: t('detail.attemptedAt'), cell: (attempt) => when(attempt.attemptedAt) },
              {
                label: t('detail.result'),
                className: 'kn-break-anywhere',
                cell: (attempt) => attempt.error ?? t('detail.accepted'),
              },
            ]}
          />
        )}
      </section>
    </>
  );
}

/** One mail of the outbox with every attempt (`/admin/zustellprobleme/:deliveryId`). */
export function DeliveryView({ deliveryId }: { deliveryId: string }) {
  const query = useMailDelivery(deliveryId);
  const texts = useDeliveryTexts();
  return (
    <DetailPage
      backTo={DELIVERIES_PATH}
      texts={useDetailTexts()}
      query={query}
      titleOf={(delivery) => texts.subject(delivery)}
    >
      {(delivery) => <Delivery delivery={delivery} />}
    </DetailPage>
  );
}
