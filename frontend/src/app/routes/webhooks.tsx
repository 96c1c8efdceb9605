import { WebhookList } from '@/features/webhooks/components/webhook-list';

export function WebhooksRoute() {
  return <WebhookList />;
}
