import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DetailPage } from '@/components/ui/detail-page';
import { useWebhook, webhookQueryOptions } from '@/features/webhooks/api/webhooks';
import { WebhookForm } from '@/features/webhooks/components/webhook-form';
import { webhookPath } from '@/features/webhooks/components/webhook-texts';
import { useDetailTexts } from '@/features/webhooks/components/webhook-view';

/** "Webhook bearbeiten" (`/admin/webhooks/:webhookId/bearbeiten`), saved with If-Match. */
export function WebhookEdit({ webhookId }: { webhookId: string }) {
  const { t } = useTranslation('webhooks');
  const query = useWebhook(webhookId);
  const queryClient = useQueryClient();
  const reload = () => queryClient.fetchQuery({ ...webhookQueryOptions(webhookId), staleTime: 0 });
  return (
    <DetailPage
      backTo={webhookPath(webhookId)}
      texts={useDetailTexts()}
      query={query}
      titleOf={() => t('form.editTitle')}
    >
      {(current) => (
        <>
          <hgroup className="kn-stack">
            <p className="kern-preline kn-break-anywhere">{current.webhook.url}</p>
            <h1 className="kern-heading-large">{t('form.editTitle')}</h1>
          </hgroup>
          <WebhookForm current={current} onReload={reload} />
        </>
      )}
    </DetailPage>
  );
}
