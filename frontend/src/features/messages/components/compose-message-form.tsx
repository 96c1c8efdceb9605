import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorSummary } from '@/components/ui/error-summary';
import { describedBy, FieldError, FormField, inputClass } from '@/components/ui/form-field';
import { LeavePageDialog } from '@/components/ui/leave-page-dialog';
import { MarkdownField } from '@/components/ui/markdown-field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useNetworkEvents, type Event } from '@/api/events';
import {
  MESSAGE_AUDIENCES,
  MESSAGE_LIMITS,
  useMessageRecipients,
  useSendNetworkMessage,
  type MessageAudience,
  type MessageInput,
} from '@/features/messages/api/messages';
import type { MessageSentState } from '@/features/messages/components/message-archive';
import { messagesPath } from '@/features/messages/components/message-texts';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useKernForm, type FormErrors } from '@/lib/use-kern-form';

type Values = { subject: string; body: string; audience: MessageAudience; eventId: string };
type Field = keyof Values;
const FIELDS: readonly Field[] = ['subject', 'body', 'audience', 'eventId'];
const EMPTY: Values = { subject: '', body: '', audience: 'MEMBERS', eventId: '' };

function toInput(values: Values): MessageInput {
  return {
    subject: values.subject.trim(),
    body: values.body,
    audience: values.audience,
    // only for an event's registered people; the API refuses it otherwise
    ...(values.audience === 'EVENT_REGISTRANTS' ? { eventId: values.eventId } : {}),
  };
}

/** The network's published events to write to: upcoming ones first, then the latest past ones. */
function usePublishedEvents(networkId: string) {
  const upcoming = useNetworkEvents(networkId, 'upcoming', 0);
  const past = useNetworkEvents(networkId, 'past', 0);
  const published = (events: readonly Event[] | undefined) =>
    (events ?? []).filter((event) => event.status === 'PUBLISHED');
  return {
    isPending: upcoming.isPending || past.isPending,
    error: upcoming.error ?? past.error,
    upcoming: published(upcoming.data?.items),
    past: published(past.data?.items),
  };
}

/**
 * "Nachricht an das Netzwerk": subject, Markdown body with a preview through the readers' safe
 * renderer, and the audience (all members, or the registered people of one published event) with
 * the live number it reaches. Sending asks first, naming that number; then the archive says so.
 */
export function ComposeMessageForm({ networkId }: { networkId: string }) {
  const { t, i18n } = useTranslation('messages');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const id = useId();
  const controlOf = (field: Field) => `${id}-${field}`;
  const navigate = useNavigate();
  const [preview, setPreview] = useState(false);
  const [confirming, setConfirming] = useState<{ values: Values; count: number } | null>(null);
  const mutation = useSendNetworkMessage();
  const events = usePublishedEvents(networkId);

  const engine = useKernForm<Values, Field>({
    initial: EMPTY,
    validate: (values) => {
      const errors: FormErrors<Field> = {};
      const subject = values.subject.trim();
      if (subject === '') errors.subject = t('compose.errors.subjectRequired');
      else if (/[\r\n]/.test(values.subject)) errors.subject = t('compose.errors.subjectLineBreak');
      else if (subject.length > MESSAGE_LIMITS.subject) {
        errors.subject = t('compose.errors.subjectTooLong');
      }
      if (values.body.trim() === '') errors.body = t('compose.errors.bodyRequired');
      else if (values.body.length > MESSAGE_LIMITS.body) {
        errors.body = t('compose.errors.bodyTooLong');
      }
      if (values.audience === 'EVENT_REGISTRANTS' && values.eventId === '') {
        errors.eventId = t('compose.errors.eventRequired');
      } else if (recipients.data === 0) {
        errors.audience = t('compose.errors.noRecipients');
      }
      return errors;
    },
    fieldOf: (path) => FIELDS.find((field) => path?.split('.').pop() === field),
    order: () => FIELDS,
    controlOf: (field) =>
      field === 'audience' ? controlOf('audience') + '-MEMBERS' : controlOf(field),
    onErrors: () => setPreview(false),
  });
  const { form, errors, values } = engine;
  // the live count of who the chosen audience reaches (validate above reads it when sending)
  const recipients = useMessageRecipients(
    networkId,
    values.audience,
    values.audience === 'EVENT_REGISTRANTS' && values.eventId !== '' ? values.eventId : undefined,
  );

  const send = async (sent: Values) => {
    const count = recipients.data ?? (await recipients.refetch()).data;
    if (count === undefined) {
      engine.fail(recipients.error, sent);
      return;
    }
    if (count === 0) {
      engine.check();
      return;
    }
    setConfirming({ values: sent, count });
  };

  const onSubmit = engine.submit((sent) => void send(sent));

  const confirm = () => {
    if (!confirming) return;
    const sent = confirming.values;
    setConfirming(null);
    mutation.mutate(
      { networkId, input: toInput(sent) },
      {
        onSuccess: (message) => {
          engine.leaving.current = true;
          const state: MessageSentState = {
            messageSent: { subject: message.subject, recipientCount: message.recipientCount },
          };
          navigate(messagesPath(networkId), { state });
        },
        onError: (error) => engine.fail(error, sent),
      },
    );
  };

  const countText = () => {
    if (values.audience === 'EVENT_REGISTRANTS' && values.eventId === '') {
      return t('compose.recipientsChooseEvent');
    }
    if (recipients.isError) return t('compose.recipientsError');
    if (recipients.data === undefined) return t('compose.recipientsCounting');
    return t('compose.recipients', {
      count: recipients.data,
      formatted: formatNumber(recipients.data, locale),
    });
  };

  const eventOption = (event: Event) => (
    <option key={event.id} value={event.id}>
      {event.title} ({formatDateTime(event.startsAt, locale)})
    </option>
  );

  return (
    <div className="kn-stack-lg kn-form">
      {engine.failure !== null && (
        <ProblemAlert title={t('compose.saveErrorTitle')} error={engine.failure} />
      )}
      <ErrorSummary
        title={t('compose.summaryTitle')}
        errors={engine.summary}
        focusKey={engine.summaryFocus}
      />

      <form className="kn-stack-lg" noValidate onSubmit={onSubmit}>
        <FormField
          id={controlOf('subject')}
          label={t('compose.fields.subject')}
          hint={t('compose.fields.subjectHint')}
          error={errors.subject}
        >
          <input
            id={controlOf('subject')}
            className={inputClass(errors.subject)}
            type="text"
            required
            autoComplete="off"
            aria-invalid={errors.subject ? true : undefined}
            aria-describedby={describedBy(controlOf('subject'), true, Boolean(errors.subject))}
            {...form.register('subject')}
          />
        </FormField>

        <MarkdownField
          id={controlOf('body')}
          texts={{
            label: t('compose.fields.body'),
            hint: t('compose.fields.bodyHint'),
            preview: t('compose.preview'),
            previewLabel: t('compose.previewLabel'),
            previewEmpty: t('compose.previewEmpty'),
          }}
          error={errors.body}
          value={values.body}
          rows={14}
          registration={form.register('body')}
          preview={preview}
          onPreviewChange={setPreview}
        />

        <fieldset
          className={`kern-fieldset${errors.audience ? ' kern-fieldset--error' : ''}`}
          aria-describedby={`${controlOf('audience')}-hint ${controlOf('audience')}-count`}
        >
          <legend className="kern-label">{t('compose.fields.audience')}</legend>
          <div className="kern-fieldset__body">
            <div className="kern-hint" id={`${controlOf('audience')}-hint`}>
              {t('compose.fields.audienceHint')}
            </div>
            {errors.audience && (
              <FieldError id={`${controlOf('audience')}-error`} message={errors.audience} />
            )}
            {MESSAGE_AUDIENCES.map((value) => {
              const inputId = `${controlOf('audience')}-${value}`;
              return (
                <div key={value} className="kern-form-check">
                  <input
                    id={inputId}
                    className="kern-form-check__radio"
                    type="radio"
                    value={value}
                    aria-describedby={`${inputId}-hint`}
                    {...form.register('audience')}
                  />
                  <label className="kern-label" htmlFor={inputId}>
                    {t(`compose.fields.${value}`)}
                  </label>
                  <div className="kern-hint kn-check-hint" id={`${inputId}-hint`}>
                    {t(`compose.fields.${value}Hint`)}
                  </div>
                </div>
              );
            })}
          </div>
        </fieldset>

        {values.audience === 'EVENT_REGISTRANTS' &&
          (events.isPending ? (
            <p className="kern-body">{t('compose.fields.eventsLoading')}</p>
          ) : events.error ? (
            <ProblemAlert title={t('compose.fields.event')} error={events.error} />
          ) : events.upcoming.length + events.past.length === 0 ? (
            <p className="kern-body">{t('compose.fields.eventsNone')}</p>
          ) : (
            <FormField
              id={controlOf('eventId')}
              label={t('compose.fields.event')}
              error={errors.eventId}
            >
              <div className="kern-form-input__select-wrapper">
                <select
                  id={controlOf('eventId')}
                  className={inputClass(errors.eventId, 'kern-form-input__select')}
                  aria-invalid={errors.eventId ? true : undefined}
                  aria-describedby={describedBy(
                    controlOf('eventId'),
                    false,
                    Boolean(errors.eventId),
                  )}
                  {...form.register('eventId')}
                >
                  <option value="">{t('compose.fields.eventPlaceholder')}</option>
                  {events.upcoming.length > 0 && (
                    <optgroup label={t('compose.fields.eventsUpcoming')}>
                      {events.upcoming.map(eventOption)}
                    </optgroup>
                  )}
                  {events.past.length > 0 && (
                    <optgroup label={t('compose.fields.eventsPast')}>
                      {events.past.map(eventOption)}
                    </optgroup>
                  )}
                </select>
              </div>
            </FormField>
          ))}

        <p
          id={`${controlOf('audience')}-count`}
          className="kern-body kern-body--bold"
          role="status"
          aria-live="polite"
        >
          {countText()}
        </p>

        <div className="kn-inline">
          <button
            type="submit"
            className="kern-btn kern-btn--primary"
            disabled={mutation.isPending}
          >
            <span className="kern-icon kern-icon--mail" aria-hidden="true" />
            <span className="kern-label">
              {mutation.isPending ? t('compose.sending') : t('compose.send')}
            </span>
          </button>
          {engine.dirty && <p className="kern-body kern-body--small">{t('compose.unsaved')}</p>}
        </div>
      </form>

      {confirming && (
        <ConfirmDialog
          title={t('compose.confirmTitle', {
            count: confirming.count,
            formatted: formatNumber(confirming.count, locale),
          })}
          text={t('compose.confirmText', { subject: confirming.values.subject.trim() })}
          confirmLabel={t('compose.confirmSend')}
          cancelLabel={t('compose.confirmBack')}
          onConfirm={confirm}
          onCancel={() => setConfirming(null)}
        />
      )}
      <LeavePageDialog
        blocker={engine.blocker}
        texts={t('compose.leave', { returnObjects: true })}
      />
    </div>
  );
}
