import { useTranslation } from 'react-i18next';
import type { MailDelivery } from '@/features/mail-deliveries/api/mail-deliveries';

export const DELIVERIES_PATH = '/admin/zustellprobleme';
export const deliveryPath = (deliveryId: string) => `${DELIVERIES_PATH}/${deliveryId}`;

/** A mail in words: its kind, status, subject and recipient, also when one of them is gone. */
export function useDeliveryTexts() {
  const { t } = useTranslation('mail-deliveries');
  return {
    kind: (delivery: Pick<MailDelivery, 'kind'>) => t(`kind.${delivery.kind}`),
    status: (delivery: Pick<MailDelivery, 'status'>) => t(`status.${delivery.status}`),
    subject: (delivery: Pick<MailDelivery, 'subject'>) => delivery.subject || t('noSubject'),
    recipient: (delivery: Pick<MailDelivery, 'recipient'>) => delivery.recipient ?? t('erased'),
  };
}
