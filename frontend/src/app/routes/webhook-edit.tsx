import { WebhookEdit } from '@/features/webhooks/components/webhook-edit';
import { WebhookNotFound } from '@/features/webhooks/components/webhook-view';
import { useUuidParam } from '@/lib/route-params';

export function WebhookEditRoute() {
  const id = useUuidParam('webhookId');
  return id ? <WebhookEdit key={id} webhookId={id} /> : <WebhookNotFound />;
}
