import { useTranslation } from 'react-i18next';
import {
  ALL_CHANGES,
  CHANGE_TYPES,
  type ChangeType,
  type Webhook,
  type WebhookDelivery,
} from '@/features/webhooks/api/webhooks';

/** The address the WEBHOOK_DISABLED notice mail links to (backend `Links.webhooks()`). */
export const WEBHOOKS_PATH = '/admin/webhooks';
export const NEW_WEBHOOK_PATH = `${WEBHOOKS_PATH}/neu`;
export const webhookPath = (webhookId: string) => `${WEBHOOKS_PATH}/${webhookId}`;
export const editWebhookPath = (webhookId: string) => `${webhookPath(webhookId)}/bearbeiten`;

const isChangeType = (value: string): value is ChangeType =>
  CHANGE_TYPES.includes(value as ChangeType);

/** A subscription and its deliveries in words. */
export function useWebhookTexts() {
  const { t } = useTranslation('webhooks');
  const type = (value: string) =>
    value === ALL_CHANGES ? t('types.all') : isChangeType(value) ? t(`types.${value}`) : value;
  return {
    /** A change type in words (`*` is "Alle Änderungen"); an unknown one as it is. */
    type,
    types: (webhook: Pick<Webhook, 'eventTypes'>) => webhook.eventTypes.map(type),
    /** Active, paused by an admin, or disabled after failing again and again (with the reason). */
    state: (webhook: Pick<Webhook, 'enabled' | 'disabledReason'>) =>
      webhook.enabled
        ? t('state.enabled')
        : webhook.disabledReason
          ? t('state.disabledBecause', { reason: webhook.disabledReason })
          : t('state.paused'),
    /** What the receiver sees first: the description, else the address. */
    name: (webhook: Pick<Webhook, 'description' | 'url'>) => webhook.description || webhook.url,
    deliveryStatus: (delivery: Pick<WebhookDelivery, 'status' | 'attempts'>) =>
      delivery.status === 'QUEUED' && delivery.attempts > 0
        ? t('deliveries.status.RETRYING')
        : t(`deliveries.status.${delivery.status}`),
  };
}
