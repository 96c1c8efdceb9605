import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CopyButton } from '@/components/ui/copy-button';
import type { Webhook } from '@/features/webhooks/api/webhooks';
import { WebhookForm } from '@/features/webhooks/components/webhook-form';
import { WebhooksForbidden } from '@/features/webhooks/components/webhook-list';
import { WEBHOOKS_PATH, webhookPath } from '@/features/webhooks/components/webhook-texts';
import { useAuth } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

/**
 * The answer to the creation, with the signing secret: shown here once. It lives in this
 * component's state only (not in the query cache, the address or the history), so leaving the
 * page forgets it for good.
 */
function CreatedWebhook({ webhook }: { webhook: Webhook }) {
  const { t } = useTranslation('webhooks');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <div className="kn-stack-lg">
      <hgroup className="kn-stack">
        <h1 ref={headingRef} tabIndex={-1} className="kern-heading-large">
          {t('created.title')}
        </h1>
        <p className="kern-body kn-prose kn-break-anywhere">
          {t('created.text', { url: webhook.url })}
        </p>
      </hgroup>
      {webhook.secret && (
        <section aria-labelledby="webhook-secret" className="kn-stack">
          <h2 id="webhook-secret" className="kern-heading-medium">
            {t('created.secretTitle')}
          </h2>
          <p className="kern-body kn-prose">{t('created.secretText')}</p>
          <div className="kern-alert kern-alert--warning">
            <div className="kern-alert__header">
              <span className="kern-icon kern-icon--warning" aria-hidden="true" />
              <h3 className="kern-title">{t('created.onceTitle')}</h3>
            </div>
            <div className="kern-alert__body">
              <p className="kern-body">{t('created.onceText')}</p>
            </div>
          </div>
          <dl className="kern-description-list">
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('created.secretLabel')}</dt>
              <dd className="kern-description-list-item__value kn-break-anywhere">
                <code className="kn-code" data-testid="webhook-secret">
                  {webhook.secret}
                </code>
              </dd>
            </div>
          </dl>
          <p>
            <CopyButton
              value={webhook.secret}
              label={t('created.copy')}
              copiedText={t('created.copied')}
              failedText={t('created.copyFailed')}
            />
          </p>
        </section>
      )}
      <ul className="kern-list">
        <li>
          <Link to={webhookPath(webhook.id)} className="kern-link">
            {t('created.toWebhook')}
          </Link>
        </li>
        <li>
          <Link to={WEBHOOKS_PATH} className="kern-link">
            {t('created.toList')}
          </Link>
        </li>
      </ul>
    </div>
  );
}

/** "Webhook anlegen" (`/admin/webhooks/neu`): the form, then the secret once. */
export function WebhookCreate() {
  const { t } = useTranslation('webhooks');
  const { roles } = useAuth();
  const [created, setCreated] = useState<Webhook>();
  const title = t('form.newTitle');
  useDocumentTitle(created ? t('created.title') : title);

  if (created) return <CreatedWebhook webhook={created} />;

  return (
    <div className="kn-stack-lg">
      <p>
        <Link to={WEBHOOKS_PATH} className="kern-link">
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
          {t('detail.back')}
        </Link>
      </p>
      <hgroup className="kn-stack">
        <h1 className="kern-heading-large">{title}</h1>
        <p className="kern-body kn-prose">{t('form.newIntro')}</p>
      </hgroup>
      {/* the API stays the judge; people without the role are told before they fill in the form */}
      {roles.includes('admin') ? <WebhookForm onCreated={setCreated} /> : <WebhooksForbidden />}
    </div>
  );
}
