import { WebhookCreate } from '@/features/webhooks/components/webhook-create';

export function WebhookNewRoute() {
  return <WebhookCreate />;
}
