import { WebhookNotFound, WebhookView } from '@/features/webhooks/components/webhook-view';
import { useUuidParam } from '@/lib/route-params';

export function WebhookRoute() {
  const id = useUuidParam('webhookId');
  return id ? <WebhookView key={id} webhookId={id} /> : <WebhookNotFound />;
}
