import { useTranslation } from 'react-i18next';
import { OutcomeNotice, useOutcome } from '@/components/ui/outcome-notice';
import {
  useRetryMailDelivery,
  type MailDelivery,
} from '@/features/mail-deliveries/api/mail-deliveries';
import { useDeliveryTexts } from '@/features/mail-deliveries/components/delivery-texts';
import { ApiError } from '@/lib/api-client';

/**
 * "Erneut senden" for a failed mail, in the list and on its page: the outcome is announced and
 * focused; a 409 (someone retried it meanwhile, or it went out) is said plainly.
 */
export function useRetry() {
  const { t } = useTranslation('mail-deliveries');
  const texts = useDeliveryTexts();
  const mutation = useRetryMailDelivery();
  const { outcome, report, ref } = useOutcome();

  const retry = (delivery: MailDelivery) =>
    mutation.mutate(delivery.id, {
      onSuccess: () =>
        report({ kind: 'success', text: t('retried', { subject: texts.subject(delivery) }) }),
      onError: (error) => report({ kind: 'error', error }),
    });

  const notice = (
    <OutcomeNotice
      outcome={outcome}
      outcomeRef={ref}
      errorTitle={t('retryErrorTitle')}
      explain={(error) =>
        error instanceof ApiError && error.status === 409 ? t('retryConflict') : undefined
      }
    />
  );

  const button = (delivery: MailDelivery, withContext: boolean) =>
    delivery.status === 'FAILED' && (
      <button
        type="button"
        className="kern-btn kern-btn--secondary"
        disabled={mutation.isPending && mutation.variables === delivery.id}
        onClick={() => retry(delivery)}
      >
        <span className="kern-icon kern-icon--autorenew" aria-hidden="true" />
        <span className="kern-label">
          {mutation.isPending && mutation.variables === delivery.id ? t('retrying') : t('retry')}
          {withContext && ' '}
          {withContext && (
            <span className="kern-sr-only">
              {t('retryOf', {
                subject: texts.subject(delivery),
                recipient: texts.recipient(delivery),
              })}
            </span>
          )}
        </span>
      </button>
    );

  return { notice, button };
}
