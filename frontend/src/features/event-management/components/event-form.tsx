import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  eventKeys,
  eventQueryOptions,
  useCreateEvent,
  useDeleteEvent,
  useUpdateEvent,
  type EventInput,
  type EventStatus,
  type VersionedEvent,
} from '@/api/events';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { LeavePageDialog } from '@/components/ui/leave-page-dialog';
import { OutcomeNotice, useOutcome } from '@/components/ui/outcome-notice';
import { FormStatus } from '@/components/ui/form-status';
import {
  AboutSection,
  AfterSection,
  AgendaSection,
  SeatsSection,
  WhenSection,
  WhereSection,
} from '@/features/event-management/components/event-form-sections';
import {
  controlOf,
  pathOfViolation,
  pathOrder,
  sentMaterials,
  toInput,
  toValues,
  validate,
  type ErrorPath,
  type EventValues,
} from '@/features/event-management/components/event-form-values';
import { EventStatusBadge } from '@/features/event-management/components/event-status-badge';
import { formatNumber } from '@/lib/format';
import { useKernForm } from '@/lib/use-kern-form';

type EventFormProps = {
  networkId: string;
  /** The event to edit with its ETag; a new event without. */
  current?: VersionedEvent;
  /** Reads the event again (after a 412); resolves to the fresh version. */
  onReload?: () => Promise<VersionedEvent | undefined>;
  /** Called after a published event was cancelled (the page then shows it read-only). */
  onCancelled?: () => void;
  /** Shown once when the page was reached right after creating the event. */
  notice?: 'created';
};

/** The path of the event page (members' view). */
export function eventPath(eventId: string): string {
  return `/veranstaltungen/${eventId}`;
}

/**
 * Create or edit an on-site event: basics, date and time (Berlin), venue, host, seats and
 * registration window, the agenda, and after the event the report and materials. Drafts can be
 * published here; drafts are deleted and published events cancelled below the form.
 */
export function EventForm({ networkId, current, onReload, onCancelled, notice }: EventFormProps) {
  const { t, i18n } = useTranslation('event-management');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const editing = current !== undefined;
  const [version, setVersion] = useState(current);
  const [confirming, setConfirming] = useState<'publish' | 'delete' | null>(null);
  const [activeSignUps, setActiveSignUps] = useState(0);
  const failureRef = useRef<HTMLDivElement>(null);
  const saved = useOutcome();
  const deletion = useOutcome();
  const create = useCreateEvent();
  const update = useUpdateEvent();
  const remove = useDeleteEvent();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const pending = create.isPending || update.isPending;
  const status: EventStatus = version?.event.status ?? 'DRAFT';

  const engine = useKernForm<EventValues, ErrorPath>({
    initial: toValues(current?.event),
    validate: (values) =>
      Object.fromEntries(
        Object.entries(validate(values)).map(([path, { key, values: params }]) => [
          path,
          t(key as 'errors.titleRequired', params ?? {}),
        ]),
      ),
    // The status is not a field of this form: its problems go to the summary.
    fieldOf: (field, sent) => {
      const path = pathOfViolation(field, {
        agenda: sent.agenda,
        materials: sentMaterials(sent),
      });
      return path && path !== 'status' ? path : undefined;
    },
    order: pathOrder,
    controlOf,
  });

  useEffect(() => {
    if (engine.failure !== null) failureRef.current?.focus();
  }, [engine.failure]);
  useEffect(() => {
    if (notice === 'created') saved.report({ kind: 'success', text: t('form.created') });
    // only once, on arrival
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = (sent: EventValues, nextStatus: EventInput['status']) => {
    saved.clear();
    const input = toInput(sent, nextStatus);
    const onError = (error: unknown) => engine.fail(error, sent);
    if (editing && version) {
      update.mutate(
        { eventId: version.event.id, input, etag: version.etag },
        {
          onSuccess: (fresh) => {
            setVersion(fresh);
            engine.reset(toValues(fresh.event));
            saved.report({
              kind: 'success',
              text:
                nextStatus === 'PUBLISHED' && status === 'DRAFT'
                  ? t('form.published')
                  : t('form.saved'),
            });
          },
          onError,
        },
      );
    } else {
      create.mutate(
        { networkId, input },
        {
          onSuccess: (created) => {
            engine.leaving.current = true;
            void navigate(`${eventPath(created.event.id)}/bearbeiten`, {
              state: { eventNotice: 'created' },
            });
          },
          onError,
        },
      );
    }
  };

  const onSubmit = engine.submit((sent) =>
    save(sent, status === 'PUBLISHED' ? 'PUBLISHED' : 'DRAFT'),
  );

  const askPublish = () => {
    if (!engine.check()) return;
    setConfirming('publish');
  };

  const askDelete = async () => {
    deletion.clear();
    let counts = version?.event;
    if (version) {
      try {
        counts = (
          await queryClient.fetchQuery({
            ...eventQueryOptions(version.event.id),
            staleTime: 0,
          })
        ).event;
      } catch {
        // the counts read with the page will do
      }
    }
    setActiveSignUps((counts?.confirmed ?? 0) + (counts?.waitlisted ?? 0));
    setConfirming('delete');
  };

  const confirmDelete = () => {
    setConfirming(null);
    if (!version) return;
    const { id, title } = version.event;
    const draft = status === 'DRAFT';
    remove.mutate(
      { eventId: id, networkId },
      {
        onSuccess: () => {
          engine.leaving.current = true;
          if (draft) {
            void Promise.resolve(
              navigate(`/netzwerke/${networkId}`, { state: { eventDeleted: title } }),
            ).then(() => queryClient.removeQueries({ queryKey: eventKeys.all(id) }));
          } else {
            onCancelled?.();
          }
        },
        onError: (error) => deletion.report({ kind: 'error', error }),
      },
    );
  };

  const reload = async () => {
    const fresh = await onReload?.();
    if (!fresh) return;
    setVersion(fresh);
    engine.reset(toValues(fresh.event));
    saved.report({ kind: 'success', text: t('form.reloaded') });
  };

  const { errorOf } = engine;

  return (
    <>
      <OutcomeNotice outcome={saved.outcome} outcomeRef={saved.ref} errorTitle="" />

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
        failureRef={failureRef}
      />

      {editing && (
        <p className="kn-inline">
          <span className="kern-body">{t('form.status')}</span>
          <EventStatusBadge status={status} />
        </p>
      )}

      <FormProvider {...engine.form}>
        <form className="kn-stack-lg kn-form" noValidate onSubmit={onSubmit}>
          <AboutSection errorOf={errorOf} />
          <WhenSection errorOf={errorOf} />
          <WhereSection
            errorOf={errorOf}
            networkId={networkId}
            currentHost={version?.event.host.participant}
          />
          <SeatsSection errorOf={errorOf} confirmed={version?.event.confirmed} />
          <AgendaSection errorOf={errorOf} />
          <AfterSection errorOf={errorOf} />

          <div className="kn-inline">
            <button type="submit" className="kern-btn kern-btn--primary" disabled={pending}>
              <span className="kern-label">
                {pending
                  ? t('form.saving')
                  : !editing
                    ? t('form.create')
                    : status === 'DRAFT'
                      ? t('form.saveDraft')
                      : t('form.save')}
              </span>
            </button>
            {editing && status === 'DRAFT' && (
              <button
                type="button"
                className="kern-btn kern-btn--secondary"
                disabled={pending}
                onClick={askPublish}
              >
                <span className="kern-icon kern-icon--check" aria-hidden="true" />
                <span className="kern-label">{t('form.publish')}</span>
              </button>
            )}
            <Link
              to={editing && version ? eventPath(version.event.id) : `/netzwerke/${networkId}`}
              className="kern-link"
            >
              {t('form.cancel')}
            </Link>
            {engine.dirty && <p className="kern-body kern-body--small">{t('form.unsaved')}</p>}
          </div>
        </form>
      </FormProvider>

      {editing && version && (
        <section className="kn-stack" aria-labelledby="event-form-delete">
          <h2 id="event-form-delete" className="kern-heading-medium">
            {status === 'DRAFT' ? t('delete.draftTitle') : t('delete.cancelTitle')}
          </h2>
          <p className="kern-body">
            {status === 'DRAFT' ? t('delete.draftText') : t('delete.cancelText')}
          </p>
          <p>
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              disabled={remove.isPending}
              onClick={() => void askDelete()}
            >
              <span className="kern-icon kern-icon--delete" aria-hidden="true" />
              <span className="kern-label">
                {status === 'DRAFT' ? t('delete.draftButton') : t('delete.cancelButton')}
              </span>
            </button>
          </p>
          <OutcomeNotice
            outcome={deletion.outcome}
            outcomeRef={deletion.ref}
            errorTitle={
              status === 'DRAFT' ? t('delete.draftErrorTitle') : t('delete.cancelErrorTitle')
            }
          />
        </section>
      )}

      {confirming === 'publish' && (
        <ConfirmDialog
          title={t('publishDialog.title')}
          text={t('publishDialog.text')}
          confirmLabel={t('publishDialog.confirm')}
          cancelLabel={t('publishDialog.cancel')}
          onConfirm={() => {
            setConfirming(null);
            engine.clearOutcome();
            save(engine.form.getValues(), 'PUBLISHED');
          }}
          onCancel={() => setConfirming(null)}
        />
      )}

      {confirming === 'delete' && version && (
        <ConfirmDialog
          title={
            status === 'DRAFT'
              ? t('delete.draftDialogTitle', { title: version.event.title })
              : t('delete.cancelDialogTitle', { title: version.event.title })
          }
          text={
            status === 'DRAFT'
              ? t('delete.draftDialogText')
              : t('delete.cancelDialogText', {
                  count: activeSignUps,
                  formatted: formatNumber(activeSignUps, locale),
                })
          }
          confirmLabel={status === 'DRAFT' ? t('delete.draftConfirm') : t('delete.cancelConfirm')}
          cancelLabel={t('delete.keep')}
          onConfirm={confirmDelete}
          onCancel={() => setConfirming(null)}
        />
      )}

      <LeavePageDialog blocker={engine.blocker} texts={t('leave', { returnObjects: true })} />
    </>
  );
}

/** Shown instead of the form to people who may not create or change events. */
export function EventFormForbidden() {
  const { t } = useTranslation('event-management');
  return (
    <div className="kern-alert kern-alert--warning" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <h2 className="kern-title">{t('form.forbiddenTitle')}</h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{t('form.forbiddenText')}</p>
      </div>
    </div>
  );
}
