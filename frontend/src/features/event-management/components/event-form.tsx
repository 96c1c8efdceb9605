import { useQueryClient } from '@tanstack/react-query';
import { LeavePageDialog } from '@/components/ui/leave-page-dialog';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { describedBy, FieldError, FormField, inputClass } from '@/components/ui/form-field';
import { LoadingState } from '@/components/ui/loading-state';
import { OutcomeNotice, useOutcome } from '@/components/ui/outcome-notice';
import { ProblemAlert } from '@/components/ui/problem-alert';
import {
  eventKeys,
  eventQueryOptions,
  type EventStatus,
  type VersionedEvent,
  useCreateEvent,
  useDeleteEvent,
  useUpdateEvent,
  type EventInput,
} from '@/api/events';
import { AgendaEditor } from '@/features/event-management/components/agenda-editor';
import {
  controlOf,
  fieldId,
  LIMITS,
  pathOfViolation,
  pathOrder,
  sentMaterials,
  toInput,
  toValues,
  validate,
  type ErrorPath,
  type EventValues,
  type VenueValues,
} from '@/features/event-management/components/event-form-values';
import { EventStatusBadge } from '@/features/event-management/components/event-status-badge';
import { MaterialsEditor } from '@/features/event-management/components/materials-editor';
import { MunicipalityPicker } from '@/components/ui/municipality-picker';
import { ReportField } from '@/features/event-management/components/report-field';
import { isVersionConflict } from '@/lib/api-client';
import { sortViolations } from '@/lib/violations';
import { formatNumber } from '@/lib/format';
import { useNetworkMembers } from '@/api/members';
import { useUnsavedChangesWarning } from '@/lib/use-unsaved-changes-warning';

type Errors = Partial<Record<ErrorPath, string>>;

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
  const [baseline, setBaseline] = useState<EventValues>(() => toValues(current?.event));
  const [values, setValues] = useState<EventValues>(baseline);
  const [errors, setErrors] = useState<Errors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [summaryFocus, setSummaryFocus] = useState(0);
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [confirming, setConfirming] = useState<'publish' | 'delete' | null>(null);
  const [activeSignUps, setActiveSignUps] = useState(0);
  const failureRef = useRef<HTMLDivElement>(null);
  const leavingRef = useRef(false);
  const saved = useOutcome();
  const deletion = useOutcome();
  const members = useNetworkMembers(networkId);
  const create = useCreateEvent();
  const update = useUpdateEvent();
  const remove = useDeleteEvent();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const pending = create.isPending || update.isPending;
  const status: EventStatus = version?.event.status ?? 'DRAFT';

  const dirty = JSON.stringify(values) !== JSON.stringify(baseline);
  const blocker = useUnsavedChangesWarning(dirty, leavingRef);

  useEffect(() => {
    if (failure !== null) failureRef.current?.focus();
  }, [failure]);
  useEffect(() => {
    if (notice === 'created') saved.report({ kind: 'success', text: t('form.created') });
    // only once, on arrival
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const set = <K extends keyof EventValues>(key: K, value: EventValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));
  const setVenue = (key: keyof VenueValues, value: string) =>
    setValues((previous) => ({ ...previous, venue: { ...previous.venue, [key]: value } }));

  const errorOf = (path: ErrorPath) => errors[path];

  const showErrors = (found: Errors, other: string[] = []) => {
    setErrors(found);
    setFormErrors(other);
    setSummaryFocus((n) => n + 1);
  };

  /** Checks the form; shows the errors and answers false when there are some. */
  const check = (): boolean => {
    const invalid = validate(values);
    const paths = Object.keys(invalid);
    if (paths.length === 0) {
      setErrors({});
      setFormErrors([]);
      return true;
    }
    const messages: Errors = {};
    for (const path of paths) {
      const { key, values: params } = invalid[path]!;
      messages[path] = t(key as 'errors.titleRequired', params ?? {});
    }
    showErrors(messages);
    return false;
  };

  const save = (nextStatus: EventInput['status']) => {
    setConflict(false);
    setFailure(null);
    saved.clear();
    const sent = { agenda: values.agenda, materials: sentMaterials(values) };
    const input = toInput(values, nextStatus);
    const onError = (error: unknown) => {
      if (isVersionConflict(error)) {
        setConflict(true);
        return;
      }
      // The status is not a field of this form: its problems go to the summary.
      const sorted = sortViolations(error, (field) => {
        const path = pathOfViolation(field, sent);
        return path && path !== 'status' ? path : undefined;
      });
      if (sorted) {
        showErrors(sorted.fields, sorted.other);
        return;
      }
      setFailure(error);
    };
    if (editing && version) {
      update.mutate(
        { eventId: version.event.id, input, etag: version.etag },
        {
          onSuccess: (fresh) => {
            const next = toValues(fresh.event);
            setVersion(fresh);
            setBaseline(next);
            setValues(next);
            setErrors({});
            setFormErrors([]);
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
            leavingRef.current = true;
            void navigate(`${eventPath(created.event.id)}/bearbeiten`, {
              state: { eventNotice: 'created' },
            });
          },
          onError,
        },
      );
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!check()) return;
    save(status === 'PUBLISHED' ? 'PUBLISHED' : 'DRAFT');
  };

  const askPublish = () => {
    if (!check()) return;
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
          if (draft) {
            leavingRef.current = true;
            void Promise.resolve(
              navigate(`/netzwerke/${networkId}`, { state: { eventDeleted: title } }),
            ).then(() => queryClient.removeQueries({ queryKey: eventKeys.all(id) }));
          } else {
            leavingRef.current = true;
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
    const next = toValues(fresh.event);
    setVersion(fresh);
    setBaseline(next);
    setValues(next);
    setErrors({});
    setFormErrors([]);
    setConflict(false);
    saved.report({ kind: 'success', text: t('form.reloaded') });
  };

  const summary: SummaryError[] = [
    ...pathOrder(values)
      .filter((path) => errors[path])
      .map((path) => ({ fieldId: controlOf(path), message: errors[path]! })),
    ...Object.keys(errors)
      .filter((path) => !pathOrder(values).includes(path))
      .map((path) => ({ message: errors[path]! })),
    ...formErrors.map((message) => ({ message })),
  ];

  const optional = t('form.optional');

  const textInput = (
    path: 'title' | 'capacity' | `venue.${keyof VenueValues}`,
    value: string,
    onChange: (value: string) => void,
    options: {
      label: string;
      hint?: string;
      required?: boolean;
      maxLength?: number;
      width?: string;
      inputMode?: 'numeric';
      autoComplete?: string;
    },
  ) => {
    const id = fieldId(path);
    const error = errorOf(path);
    return (
      <FormField
        id={id}
        label={options.label}
        hint={options.hint}
        error={error}
        optionalText={options.required ? undefined : optional}
      >
        <input
          id={id}
          className={`${inputClass(error)}${options.width ? ` kern-form-input__input--width-${options.width}` : ''}`}
          type="text"
          required={options.required}
          maxLength={options.maxLength}
          inputMode={options.inputMode}
          autoComplete={options.autoComplete ?? 'off'}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, Boolean(options.hint), Boolean(error))}
          onChange={(event) => onChange(event.target.value)}
        />
      </FormField>
    );
  };

  const textArea = (
    path: 'description' | 'venue.accessibilityNotes' | 'venue.directions',
    value: string,
    onChange: (value: string) => void,
    label: string,
    hint: string,
  ) => {
    const id = fieldId(path);
    const error = errorOf(path);
    return (
      <FormField id={id} label={label} hint={hint} error={error} optionalText={optional}>
        <textarea
          id={id}
          className={inputClass(error)}
          rows={4}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, true, Boolean(error))}
          onChange={(event) => onChange(event.target.value)}
        />
      </FormField>
    );
  };

  /** A date and a time of day as one fieldset; the error belongs to the pair (e.g. `startsAt`). */
  const moment = (
    path: 'startsAt' | 'endsAt' | 'registrationOpensAt' | 'registrationClosesAt',
    dateKey: 'startDate' | 'endDate' | 'opensDate' | 'closesDate',
    timeKey: 'startTime' | 'endTime' | 'opensTime' | 'closesTime',
    legend: string,
    required: boolean,
    hint?: string,
  ) => {
    const error = errorOf(path);
    const errorId = `${fieldId(path)}-error`;
    const hintId = `${fieldId(path)}-hint`;
    const describe = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
    return (
      <fieldset
        className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`}
        aria-describedby={describe}
      >
        <legend className="kern-label">
          {legend}
          {!required && <span className="kern-label__optional"> {optional}</span>}
        </legend>
        <div className="kern-fieldset__body kn-stack">
          {hint && (
            <div className="kern-hint" id={hintId}>
              {hint}
            </div>
          )}
          {error && <FieldError id={errorId} message={error} />}
          <div className="kn-inline kn-times">
            <FormField id={fieldId(dateKey)} label={t('form.date')}>
              <input
                id={fieldId(dateKey)}
                className={`${inputClass(error)}`}
                type="date"
                required={required}
                value={values[dateKey]}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                onChange={(event) => {
                  const next = event.target.value;
                  setValues((previous) => {
                    const changed = { ...previous, [dateKey]: next };
                    // a one-day event: the end date follows the start date
                    if (dateKey === 'startDate' && previous.endDate === previous.startDate) {
                      changed.endDate = next;
                    }
                    return changed;
                  });
                }}
              />
            </FormField>
            <FormField id={fieldId(timeKey)} label={t('form.time')}>
              <input
                id={fieldId(timeKey)}
                className={inputClass(error)}
                type="time"
                required={required}
                value={values[timeKey]}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                onChange={(event) => set(timeKey, event.target.value)}
              />
            </FormField>
          </div>
        </div>
      </fieldset>
    );
  };

  // hosts: the network's members, plus the current host if no longer listed there
  const memberOptions = (members.data ?? []).map((m) => ({
    id: m.participantId,
    label: m.municipality ? `${m.displayName} (${m.municipality.name})` : m.displayName,
  }));
  const currentHost = version?.event.host.participant;
  if (currentHost && !memberOptions.some((m) => m.id === currentHost.id)) {
    memberOptions.push({ id: currentHost.id, label: currentHost.displayName });
  }

  const hostId = fieldId('hostParticipantId');
  const hostError = errorOf('hostParticipantId');
  const capacityHint =
    editing && version
      ? t('form.capacityHintConfirmed', {
          count: version.event.confirmed,
          formatted: formatNumber(version.event.confirmed, locale),
        })
      : t('form.capacityHint');

  return (
    <>
      <OutcomeNotice outcome={saved.outcome} outcomeRef={saved.ref} errorTitle="" />

      {conflict && (
        <ConflictAlert
          title={t('form.conflictTitle')}
          text={t('form.conflictText')}
          reloadLabel={t('form.conflictReload')}
          onReload={reload}
        />
      )}

      {failure !== null && (
        <div ref={failureRef} tabIndex={-1}>
          <ProblemAlert title={t('form.saveErrorTitle')} error={failure} />
        </div>
      )}

      <ErrorSummary title={t('form.summaryTitle')} errors={summary} focusKey={summaryFocus} />

      {editing && (
        <p className="kn-inline">
          <span className="kern-body">{t('form.status')}</span>
          <EventStatusBadge status={status} />
        </p>
      )}

      <form className="kn-stack-lg kn-form" noValidate onSubmit={onSubmit}>
        <section className="kn-stack-lg" aria-labelledby="event-form-about">
          <h2 id="event-form-about" className="kern-heading-medium">
            {t('form.about')}
          </h2>
          {textInput('title', values.title, (v) => set('title', v), {
            label: t('form.title'),
            hint: t('form.titleHint'),
            required: true,
            maxLength: LIMITS.title + 50,
          })}
          {textArea(
            'description',
            values.description,
            (v) => set('description', v),
            t('form.description'),
            t('form.descriptionHint'),
          )}
        </section>

        <section className="kn-stack-lg" aria-labelledby="event-form-when">
          <h2 id="event-form-when" className="kern-heading-medium">
            {t('form.when')}
          </h2>
          <p className="kern-body">{t('form.whenHint')}</p>
          {moment('startsAt', 'startDate', 'startTime', t('form.start'), true)}
          {moment('endsAt', 'endDate', 'endTime', t('form.end'), true)}
        </section>

        <section className="kn-stack-lg" aria-labelledby="event-form-where">
          <h2 id="event-form-where" className="kern-heading-medium">
            {t('form.where')}
          </h2>
          <fieldset className="kern-fieldset">
            <legend className="kern-label">{t('venue.legend')}</legend>
            <div className="kern-fieldset__body kn-stack">
              {textInput('venue.name', values.venue.name, (v) => setVenue('name', v), {
                label: t('venue.name'),
                hint: t('venue.nameHint'),
                required: true,
                maxLength: LIMITS.venueName + 50,
              })}
              {textInput('venue.street', values.venue.street, (v) => setVenue('street', v), {
                label: t('venue.street'),
                maxLength: LIMITS.street + 50,
                autoComplete: 'street-address',
              })}
              <div className="kn-inline kn-times">
                {textInput(
                  'venue.postalCode',
                  values.venue.postalCode,
                  (v) => setVenue('postalCode', v),
                  {
                    label: t('venue.postalCode'),
                    hint: t('venue.postalCodeHint'),
                    maxLength: 5,
                    width: '4',
                    inputMode: 'numeric',
                    autoComplete: 'postal-code',
                  },
                )}
                {textInput('venue.city', values.venue.city, (v) => setVenue('city', v), {
                  label: t('venue.city'),
                  required: true,
                  maxLength: LIMITS.city + 50,
                  autoComplete: 'address-level2',
                })}
              </div>
              {textInput('venue.room', values.venue.room, (v) => setVenue('room', v), {
                label: t('venue.room'),
                hint: t('venue.roomHint'),
                maxLength: LIMITS.room + 50,
              })}
              {textArea(
                'venue.accessibilityNotes',
                values.venue.accessibilityNotes,
                (v) => setVenue('accessibilityNotes', v),
                t('venue.accessibilityNotes'),
                t('venue.accessibilityNotesHint'),
              )}
              {textArea(
                'venue.directions',
                values.venue.directions,
                (v) => setVenue('directions', v),
                t('venue.directions'),
                t('venue.directionsHint'),
              )}
            </div>
          </fieldset>

          <MunicipalityPicker
            id={fieldId('hostMunicipalityId')}
            legend={t('host.municipality')}
            hint={t('host.municipalityHint')}
            optionalText={optional}
            value={values.hostMunicipality}
            onChange={(v) => set('hostMunicipality', v)}
            error={errorOf('hostMunicipalityId')}
          />

          <FormField
            id={hostId}
            label={t('host.person')}
            hint={t('host.personHint')}
            error={hostError}
            optionalText={optional}
          >
            <div className="kern-form-input__select-wrapper">
              <select
                id={hostId}
                className="kern-form-input__select"
                value={values.hostParticipantId}
                aria-invalid={hostError ? true : undefined}
                aria-describedby={describedBy(hostId, true, Boolean(hostError))}
                onChange={(event) => set('hostParticipantId', event.target.value)}
              >
                <option value="">{t('host.noPerson')}</option>
                {memberOptions.map((member) => (
                  <option key={member.id} value={member.id}>
                    {member.label}
                  </option>
                ))}
              </select>
            </div>
          </FormField>
          {members.isPending && <LoadingState label={t('host.membersLoading')} />}
          {members.isError && (
            <ProblemAlert
              title={t('host.membersError')}
              error={members.error}
              onRetry={() => void members.refetch()}
            />
          )}
        </section>

        <section className="kn-stack-lg" aria-labelledby="event-form-seats">
          <h2 id="event-form-seats" className="kern-heading-medium">
            {t('form.seats')}
          </h2>
          {textInput('capacity', values.capacity, (v) => set('capacity', v), {
            label: t('form.capacity'),
            hint: capacityHint,
            maxLength: 6,
            width: '4',
            inputMode: 'numeric',
          })}
          {moment(
            'registrationOpensAt',
            'opensDate',
            'opensTime',
            t('form.opens'),
            false,
            t('form.opensHint'),
          )}
          {moment(
            'registrationClosesAt',
            'closesDate',
            'closesTime',
            t('form.closes'),
            false,
            t('form.closesHint'),
          )}
        </section>

        <section className="kn-stack-lg" aria-labelledby="event-form-agenda">
          <h2 id="event-form-agenda" className="kern-heading-medium">
            {t('agenda.title')}
          </h2>
          <p className="kern-body">{t('agenda.intro')}</p>
          <AgendaEditor
            values={values}
            onChange={(agenda) => set('agenda', agenda)}
            errorOf={errorOf}
          />
        </section>

        <section className="kn-stack-lg" aria-labelledby="event-form-after">
          <h2 id="event-form-after" className="kern-heading-medium">
            {t('form.after')}
          </h2>
          <p className="kern-body">{t('form.afterHint')}</p>
          <ReportField
            report={values.report}
            published={values.reportPublished}
            onReportChange={(v) => set('report', v)}
            onPublishedChange={(v) => set('reportPublished', v)}
            errorOf={errorOf}
          />
          <h3 className="kern-heading-small">{t('materials.heading')}</h3>
          <MaterialsEditor
            materials={values.materials}
            onChange={(materials) => set('materials', materials)}
            errorOf={errorOf}
          />
        </section>

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
          {dirty && <p className="kern-body kern-body--small">{t('form.unsaved')}</p>}
        </div>
      </form>

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
            save('PUBLISHED');
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

      <LeavePageDialog blocker={blocker} texts={t('leave', { returnObjects: true })} />
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
