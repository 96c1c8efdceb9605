import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { describedBy, FieldError, FormField, inputClass } from '@/components/ui/form-field';
import { LeavePageDialog } from '@/components/ui/leave-page-dialog';
import { FormStatus } from '@/components/ui/form-status';
import {
  CHANGE_TYPES,
  newIdempotencyKey,
  useCreateWebhook,
  useUpdateWebhook,
  type VersionedWebhook,
  type Webhook,
} from '@/features/webhooks/api/webhooks';
import {
  fieldOfViolation,
  LIMITS,
  toInput,
  toValues,
  validate,
  WEBHOOK_FIELDS,
  type WebhookField,
  type WebhookValues,
} from '@/features/webhooks/components/webhook-form-values';
import { WEBHOOKS_PATH, webhookPath } from '@/features/webhooks/components/webhook-texts';
import { useKernForm } from '@/lib/use-kern-form';

type WebhookFormProps = {
  /** The subscription to edit with its ETag; a new one without. */
  current?: VersionedWebhook;
  /** Reads the subscription again (after a 412); resolves to the fresh version. */
  onReload?: () => Promise<VersionedWebhook | undefined>;
  /** A new subscription was created: the answer, with its secret (shown once by the caller). */
  onCreated?: (created: Webhook) => void;
};

/**
 * Create or edit a webhook subscription: the address, the changes it gets (all, or chosen from
 * the contract's types), a description, and (when editing) whether it is active. Errors next to
 * the fields and in the summary; the API's violations go to their fields.
 */
export function WebhookForm({ current, onReload, onCreated }: WebhookFormProps) {
  const { t } = useTranslation('webhooks');
  const id = useId();
  const fieldId = (field: WebhookField) => `${id}-${field}`;
  const editing = current !== undefined;
  const [version, setVersion] = useState(current);
  // one key per form: a double submit or a retry after a lost answer creates one subscription
  const [idempotencyKey] = useState(newIdempotencyKey);
  const create = useCreateWebhook();
  const update = useUpdateWebhook();
  const navigate = useNavigate();
  const pending = create.isPending || update.isPending;

  const engine = useKernForm<WebhookValues, WebhookField>({
    initial: toValues(current?.webhook),
    validate: (values) =>
      Object.fromEntries(
        Object.entries(validate(values)).map(([field, key]) => [
          field,
          t(key, { max: LIMITS[field as keyof typeof LIMITS] }),
        ]),
      ),
    fieldOf: fieldOfViolation,
    order: () => WEBHOOK_FIELDS,
    controlOf: (field) =>
      field === 'eventTypes' ? `${fieldId('eventTypes')}-all` : fieldId(field),
  });
  const { form, values, errorOf } = engine;

  const onSubmit = engine.submit((sent) => {
    const input = toInput(sent);
    const onError = (error: unknown) => engine.fail(error, sent);
    if (editing && version) {
      update.mutate(
        { webhookId: version.webhook.id, input, etag: version.etag },
        {
          onSuccess: (saved) => {
            engine.leaving.current = true;
            void navigate(webhookPath(saved.webhook.id), { state: { webhookNotice: 'saved' } });
          },
          onError,
        },
      );
    } else {
      // a new subscription starts active; pausing is for later
      create.mutate(
        { input: { ...input, enabled: true }, idempotencyKey },
        {
          onSuccess: ({ webhook }) => {
            engine.leaving.current = true;
            onCreated?.(webhook);
          },
          onError,
        },
      );
    }
  });

  const reload = async () => {
    const fresh = await onReload?.();
    if (!fresh) return;
    setVersion(fresh);
    engine.reset(toValues(fresh.webhook));
    document.getElementById(fieldId('url'))?.focus();
  };

  const control = (field: WebhookField, hint: boolean) => ({
    id: fieldId(field),
    'aria-invalid': errorOf(field) ? true : undefined,
    'aria-describedby': describedBy(fieldId(field), hint, Boolean(errorOf(field))),
  });
  const typesError = errorOf('eventTypes');

  return (
    <>
      <FormStatus
        engine={engine}
        texts={{
          conflictTitle: t('form.conflictTitle'),
          conflictText: t('form.conflictText'),
          conflictReload: t('form.conflictReload'),
          saveErrorTitle: t('form.saveErrorTitle'),
          summaryTitle: t('form.summaryTitle'),
        }}
        onReload={reload}
      />

      <form className="kn-stack-lg kn-form" noValidate onSubmit={onSubmit}>
        <FormField
          id={fieldId('url')}
          label={t('form.url')}
          hint={t('form.urlHint')}
          error={errorOf('url')}
        >
          <input
            {...control('url', true)}
            {...form.register('url')}
            className={inputClass(errorOf('url'))}
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            required
          />
        </FormField>

        <fieldset
          className={`kern-fieldset${typesError ? ' kern-fieldset--error' : ''}`}
          aria-describedby={describedBy(fieldId('eventTypes'), true, Boolean(typesError))}
        >
          <legend className="kern-label">{t('form.eventTypes')}</legend>
          <div className="kern-hint" id={`${fieldId('eventTypes')}-hint`}>
            {t('form.eventTypesHint')}
          </div>
          {typesError && <FieldError id={`${fieldId('eventTypes')}-error`} message={typesError} />}
          <div className="kern-fieldset__body">
            <div className="kern-form-check">
              <input
                id={`${fieldId('eventTypes')}-all`}
                className="kern-form-check__checkbox"
                type="checkbox"
                aria-invalid={typesError ? true : undefined}
                {...form.register('all')}
              />
              <label className="kern-label" htmlFor={`${fieldId('eventTypes')}-all`}>
                {t('form.all')} (<code>*</code>)
              </label>
            </div>
            {!values.all &&
              CHANGE_TYPES.map((type) => (
                <div key={type} className="kern-form-check">
                  <input
                    id={`${fieldId('eventTypes')}-${type}`}
                    className="kern-form-check__checkbox"
                    type="checkbox"
                    value={type}
                    aria-invalid={typesError ? true : undefined}
                    {...form.register('types')}
                  />
                  <label className="kern-label" htmlFor={`${fieldId('eventTypes')}-${type}`}>
                    {t(`types.${type}`)} (<code>{type}</code>)
                  </label>
                </div>
              ))}
          </div>
        </fieldset>

        <FormField
          id={fieldId('description')}
          label={t('form.description')}
          hint={t('form.descriptionHint')}
          error={errorOf('description')}
          optionalText={t('form.optional')}
        >
          <input
            {...control('description', true)}
            {...form.register('description')}
            className={inputClass(errorOf('description'))}
            type="text"
          />
        </FormField>

        {editing && (
          <div className="kern-form-check">
            <input
              {...control('enabled', true)}
              {...form.register('enabled')}
              className="kern-form-check__checkbox"
              type="checkbox"
            />
            <label className="kern-label" htmlFor={fieldId('enabled')}>
              {t('form.enabled')}
            </label>
            <div className="kern-hint" id={`${fieldId('enabled')}-hint`}>
              {t('form.enabledHint')}
            </div>
            {errorOf('enabled') && (
              <FieldError id={`${fieldId('enabled')}-error`} message={errorOf('enabled')!} />
            )}
          </div>
        )}

        <div className="kn-inline">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={pending}>
            <span className="kern-label">
              {pending ? t('form.saving') : editing ? t('form.save') : t('form.create')}
            </span>
          </button>
          <Link
            to={editing && version ? webhookPath(version.webhook.id) : WEBHOOKS_PATH}
            className="kern-link"
          >
            {t('form.cancel')}
          </Link>
          {engine.dirty && <p className="kern-body kern-body--small">{t('form.unsaved')}</p>}
        </div>
      </form>

      <LeavePageDialog blocker={engine.blocker} texts={t('form.leave', { returnObjects: true })} />
    </>
  );
}
