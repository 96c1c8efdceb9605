import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DetailNotFound, DetailPage, type DetailTexts } from '@/components/ui/detail-page';
import { OutcomeNotice, useOutcome } from '@/components/ui/outcome-notice';
import { useDeleteWebhook, useWebhook, type Webhook } from '@/features/webhooks/api/webhooks';
import { DeliveryLog } from '@/features/webhooks/components/delivery-log';
import { usePageParam, WebhooksForbidden } from '@/features/webhooks/components/webhook-list';
import {
  editWebhookPath,
  useWebhookTexts,
  WEBHOOKS_PATH,
} from '@/features/webhooks/components/webhook-texts';
import { ApiError } from '@/lib/api-client';
import { formatDateTime, formatNumber } from '@/lib/format';

export function useDetailTexts(): DetailTexts {
  const { t } = useTranslation('webhooks');
  return {
    back: t('detail.back'),
    notFoundTitle: t('detail.notFoundTitle'),
    notFoundText: t('detail.notFoundText'),
    loading: t('detail.loading'),
    errorTitle: t('detail.errorTitle'),
  };
}

/** An address whose id cannot name a subscription. */
export function WebhookNotFound() {
  return <DetailNotFound backTo={WEBHOOKS_PATH} texts={useDetailTexts()} />;
}

/** "Gespeichert", once, when the edit form sent the user here; and what deleting came to. */
function useWebhookNotice() {
  const { t } = useTranslation('webhooks');
  const { state } = useLocation() as { state: unknown };
  const notice =
    typeof state === 'object' && state !== null
      ? (state as { webhookNotice?: unknown }).webhookNotice
      : undefined;
  const outcome = useOutcome();
  useEffect(() => {
    if (notice === 'saved') outcome.report({ kind: 'success', text: t('detail.saved') });
    // once per arrival
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [notice]);
  return outcome;
}

function WebhookDetails({ webhook }: { webhook: Webhook }) {
  const { t, i18n } = useTranslation('webhooks');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const texts = useWebhookTexts();
  const page = usePageParam();
  const navigate = useNavigate();
  const remove = useDeleteWebhook();
  const [confirming, setConfirming] = useState(false);
  const { outcome, report, ref } = useWebhookNotice();
  const when = (iso: string) => <time dateTime={iso}>{formatDateTime(iso, locale)}</time>;
  const fact = (key: string, label: string, value: ReactNode, className = '') => (
    <div key={key} className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{label}</dt>
      <dd className={`kern-description-list-item__value ${className}`.trim()}>{value}</dd>
    </div>
  );

  const confirmDelete = () => {
    setConfirming(false);
    remove.mutate(webhook.id, {
      onSuccess: () => void navigate(WEBHOOKS_PATH, { state: { webhookDeleted: webhook.url } }),
      onError: (error) => report({ kind: 'error', error }),
    });
  };

  return (
    <>
      <hgroup className="kn-stack">
        <p className="kern-preline">{t('detail.preline')}</p>
        <h1 className="kern-heading-large kn-break-anywhere">{texts.name(webhook)}</h1>
      </hgroup>
      <OutcomeNotice outcome={outcome} outcomeRef={ref} errorTitle={t('detail.deleteErrorTitle')} />
      <section aria-labelledby="webhook-facts" className="kn-stack">
        <h2 id="webhook-facts" className="kern-heading-medium">
          {t('detail.facts')}
        </h2>
        <dl className="kern-description-list">
          {fact('url', t('columns.url'), webhook.url, 'kn-break-anywhere')}
          {fact(
            'eventTypes',
            t('columns.eventTypes'),
            <ul className="kern-list">
              {webhook.eventTypes.map((type) => (
                <li key={type}>
                  {texts.type(type)} (<code>{type}</code>)
                </li>
              ))}
            </ul>,
          )}
          {fact('description', t('columns.description'), webhook.description || t('none'))}
          {fact(
            'status',
            t('detail.status'),
            webhook.enabled
              ? t('state.enabled')
              : webhook.disabledReason
                ? t('state.disabled')
                : t('state.paused'),
          )}
          {!webhook.enabled &&
            webhook.disabledReason &&
            fact(
              'disabledReason',
              t('detail.disabledReason'),
              webhook.disabledReason,
              'kn-break-anywhere',
            )}
          {fact(
            'failures',
            t('columns.failures'),
            formatNumber(webhook.consecutiveFailures, locale),
          )}
          {fact('createdAt', t('detail.createdAt'), when(webhook.createdAt))}
          {fact('updatedAt', t('detail.updatedAt'), when(webhook.updatedAt))}
        </dl>
        <div className="kn-inline">
          <Link to={editWebhookPath(webhook.id)} className="kern-btn kern-btn--secondary">
            <span className="kern-icon kern-icon--edit" aria-hidden="true" />
            <span className="kern-label">{t('detail.edit')}</span>
          </Link>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            disabled={remove.isPending}
            onClick={() => setConfirming(true)}
          >
            <span className="kern-icon kern-icon--delete" aria-hidden="true" />
            <span className="kern-label">
              {remove.isPending ? t('detail.deleting') : t('detail.delete')}
            </span>
          </button>
        </div>
      </section>
      <DeliveryLog webhookId={webhook.id} page={page} />
      {confirming && (
        <ConfirmDialog
          title={t('detail.confirmDelete.title')}
          text={t('detail.confirmDelete.text', { url: webhook.url })}
          confirmLabel={t('detail.confirmDelete.confirm')}
          cancelLabel={t('detail.confirmDelete.cancel')}
          onConfirm={confirmDelete}
          onCancel={() => setConfirming(false)}
        />
      )}
    </>
  );
}

/** One subscription (`/admin/webhooks/:webhookId`): its details, edit, delete, and the delivery log. */
export function WebhookView({ webhookId }: { webhookId: string }) {
  const query = useWebhook(webhookId);
  const texts = useWebhookTexts();
  const detailTexts = useDetailTexts();
  if (query.error instanceof ApiError && query.error.status === 403) {
    return <WebhookForbiddenPage />;
  }
  return (
    <DetailPage
      backTo={WEBHOOKS_PATH}
      texts={detailTexts}
      query={query}
      titleOf={({ webhook }) => texts.name(webhook)}
    >
      {({ webhook }) => <WebhookDetails webhook={webhook} />}
    </DetailPage>
  );
}

function WebhookForbiddenPage() {
  const { t } = useTranslation('webhooks');
  return (
    <div className="kn-stack-lg">
      <h1 className="kern-heading-large">{t('list.title')}</h1>
      <WebhooksForbidden />
    </div>
  );
}
