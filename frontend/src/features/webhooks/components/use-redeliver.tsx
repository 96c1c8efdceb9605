import { useTranslation } from 'react-i18next';
import { OutcomeNotice, useOutcome } from '@/components/ui/outcome-notice';
import {
  newIdempotencyKey,
  useRedeliverWebhook,
  type WebhookDelivery,
} from '@/features/webhooks/api/webhooks';
import { useWebhookTexts } from '@/features/webhooks/components/webhook-texts';
import { ApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';

/**
 * "Erneut zustellen" for one delivery of the log: the outcome is announced and focused; a 409
 * (it is being tried right now) and a 404 (it is gone) are said plainly.
 */
export function useRedeliver(webhookId: string) {
  const { t, i18n } = useTranslation('webhooks');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const texts = useWebhookTexts();
  const mutation = useRedeliverWebhook();
  const { outcome, report, ref } = useOutcome();
  const describe = (delivery: WebhookDelivery) => ({
    type: texts.type(delivery.type),
    time: formatDateTime(delivery.createdAt, locale),
  });

  const redeliver = (delivery: WebhookDelivery) =>
    mutation.mutate(
      { webhookId, deliveryId: delivery.id, idempotencyKey: newIdempotencyKey() },
      {
        onSuccess: () =>
          report({ kind: 'success', text: t('deliveries.redelivered', describe(delivery)) }),
        onError: (error) => report({ kind: 'error', error }),
      },
    );

  const notice = (
    <OutcomeNotice
      outcome={outcome}
      outcomeRef={ref}
      errorTitle={t('deliveries.redeliverErrorTitle')}
      explain={(error) =>
        error instanceof ApiError && error.status === 409
          ? t('deliveries.redeliverConflict')
          : error instanceof ApiError && error.status === 404
            ? t('deliveries.redeliverGone')
            : undefined
      }
    />
  );

  const button = (delivery: WebhookDelivery) => {
    const busy = mutation.isPending && mutation.variables?.deliveryId === delivery.id;
    return (
      <button
        type="button"
        className="kern-btn kern-btn--secondary"
        disabled={busy}
        onClick={() => redeliver(delivery)}
      >
        <span className="kern-icon kern-icon--autorenew" aria-hidden="true" />
        <span className="kern-label">
          {busy ? t('deliveries.redelivering') : t('deliveries.redeliver')}{' '}
          <span className="kern-sr-only">{t('deliveries.redeliverOf', describe(delivery))}</span>
        </span>
      </button>
    );
  };

  return { notice, button };
}
