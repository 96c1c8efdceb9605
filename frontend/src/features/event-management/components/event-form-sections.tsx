import type { ReactNode } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { describedBy, FieldError, FormField, inputClass } from '@/components/ui/form-field';
import { LoadingState } from '@/components/ui/loading-state';
import { MunicipalityPicker } from '@/components/ui/municipality-picker';
import { ProblemAlert } from '@/components/ui/problem-alert';
import type { Event } from '@/api/events';
import { useNetworkMembers } from '@/api/members';
import { AgendaEditor } from '@/features/event-management/components/agenda-editor';
import {
  fieldId,
  LIMITS,
  type ErrorPath,
  type EventValues,
} from '@/features/event-management/components/event-form-values';
import { MaterialsEditor } from '@/features/event-management/components/materials-editor';
import { ReportField } from '@/features/event-management/components/report-field';
import { formatNumber } from '@/lib/format';

/** What every section gets from the form: the message of an error path, if it has one. */
type SectionProps = { errorOf: (path: ErrorPath) => string | undefined };

type TextPath =
  | 'title'
  | 'capacity'
  | 'venue.name'
  | 'venue.street'
  | 'venue.postalCode'
  | 'venue.city'
  | 'venue.room';

/** One line of text, registered with the form under its path. */
function TextInput({
  path,
  errorOf,
  label,
  hint,
  required,
  maxLength,
  width,
  inputMode,
  autoComplete,
}: SectionProps & {
  path: TextPath;
  label: string;
  hint?: string;
  required?: boolean;
  maxLength?: number;
  width?: string;
  inputMode?: 'numeric';
  autoComplete?: string;
}) {
  const { t } = useTranslation('event-management');
  const { register } = useFormContext<EventValues>();
  const id = fieldId(path);
  const error = errorOf(path);
  return (
    <FormField
      id={id}
      label={label}
      hint={hint}
      error={error}
      optionalText={required ? undefined : t('form.optional')}
    >
      <input
        id={id}
        className={`${inputClass(error)}${width ? ` kern-form-input__input--width-${width}` : ''}`}
        type="text"
        required={required}
        maxLength={maxLength}
        inputMode={inputMode}
        autoComplete={autoComplete ?? 'off'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        {...register(path)}
      />
    </FormField>
  );
}

/** Several lines of text (optional), registered with the form under its path. */
function TextArea({
  path,
  errorOf,
  label,
  hint,
}: SectionProps & {
  path: 'description' | 'venue.accessibilityNotes' | 'venue.directions';
  label: string;
  hint: string;
}) {
  const { t } = useTranslation('event-management');
  const { register } = useFormContext<EventValues>();
  const id = fieldId(path);
  const error = errorOf(path);
  return (
    <FormField id={id} label={label} hint={hint} error={error} optionalText={t('form.optional')}>
      <textarea
        id={id}
        className={inputClass(error)}
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, true, Boolean(error))}
        {...register(path)}
      />
    </FormField>
  );
}

/** A date and a time of day as one fieldset; the error belongs to the pair (e.g. `startsAt`). */
function MomentField({
  path,
  dateKey,
  timeKey,
  legend,
  required,
  hint,
  errorOf,
}: SectionProps & {
  path: 'startsAt' | 'endsAt' | 'registrationOpensAt' | 'registrationClosesAt';
  dateKey: 'startDate' | 'endDate' | 'opensDate' | 'closesDate';
  timeKey: 'startTime' | 'endTime' | 'opensTime' | 'closesTime';
  legend: string;
  required: boolean;
  hint?: string;
}) {
  const { t } = useTranslation('event-management');
  const { control, register, getValues, setValue } = useFormContext<EventValues>();
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
        {!required && <span className="kern-label__optional"> {t('form.optional')}</span>}
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
            <Controller
              control={control}
              name={dateKey}
              render={({ field }) => (
                <input
                  id={fieldId(dateKey)}
                  className={inputClass(error)}
                  type="date"
                  required={required}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  name={field.name}
                  ref={field.ref}
                  value={field.value}
                  onBlur={field.onBlur}
                  onChange={(event) => {
                    const next = event.target.value;
                    // a one-day event: the end date follows the start date
                    if (dateKey === 'startDate' && getValues('endDate') === field.value) {
                      setValue('endDate', next, { shouldDirty: true });
                    }
                    field.onChange(next);
                  }}
                />
              )}
            />
          </FormField>
          <FormField id={fieldId(timeKey)} label={t('form.time')}>
            <input
              id={fieldId(timeKey)}
              className={inputClass(error)}
              type="time"
              required={required}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              {...register(timeKey)}
            />
          </FormField>
        </div>
      </div>
    </fieldset>
  );
}

/** A section of the form with its heading (h2), an optional sentence and its fields. */
function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <section className="kn-stack-lg" aria-labelledby={id}>
      <h2 id={id} className="kern-heading-medium">
        {title}
      </h2>
      {intro && <p className="kern-body">{intro}</p>}
      {children}
    </section>
  );
}

/** Title and description. */
export function AboutSection({ errorOf }: SectionProps) {
  const { t } = useTranslation('event-management');
  return (
    <Section id="event-form-about" title={t('form.about')}>
      <TextInput
        path="title"
        errorOf={errorOf}
        label={t('form.title')}
        hint={t('form.titleHint')}
        required
        maxLength={LIMITS.title + 50}
      />
      <TextArea
        path="description"
        errorOf={errorOf}
        label={t('form.description')}
        hint={t('form.descriptionHint')}
      />
    </Section>
  );
}

/** Start and end in Berlin time. */
export function WhenSection({ errorOf }: SectionProps) {
  const { t } = useTranslation('event-management');
  return (
    <Section id="event-form-when" title={t('form.when')} intro={t('form.whenHint')}>
      <MomentField
        path="startsAt"
        dateKey="startDate"
        timeKey="startTime"
        legend={t('form.start')}
        required
        errorOf={errorOf}
      />
      <MomentField
        path="endsAt"
        dateKey="endDate"
        timeKey="endTime"
        legend={t('form.end')}
        required
        errorOf={errorOf}
      />
    </Section>
  );
}

/** The venue, the host municipality and the host person (a member of the network). */
export function WhereSection({
  errorOf,
  networkId,
  currentHost,
}: SectionProps & {
  networkId: string;
  /** The host as saved, offered even if no longer a member. */
  currentHost: Event['host']['participant'];
}) {
  const { t } = useTranslation('event-management');
  const { control, register } = useFormContext<EventValues>();
  const members = useNetworkMembers(networkId);
  const memberOptions = (members.data ?? []).map((m) => ({
    id: m.participantId,
    label: m.municipality ? `${m.displayName} (${m.municipality.name})` : m.displayName,
  }));
  if (currentHost && !memberOptions.some((m) => m.id === currentHost.id)) {
    memberOptions.push({ id: currentHost.id, label: currentHost.displayName });
  }
  const hostId = fieldId('hostParticipantId');
  const hostError = errorOf('hostParticipantId');
  return (
    <Section id="event-form-where" title={t('form.where')}>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('venue.legend')}</legend>
        <div className="kern-fieldset__body kn-stack">
          <TextInput
            path="venue.name"
            errorOf={errorOf}
            label={t('venue.name')}
            hint={t('venue.nameHint')}
            required
            maxLength={LIMITS.venueName + 50}
          />
          <TextInput
            path="venue.street"
            errorOf={errorOf}
            label={t('venue.street')}
            maxLength={LIMITS.street + 50}
            autoComplete="street-address"
          />
          <div className="kn-inline kn-times">
            <TextInput
              path="venue.postalCode"
              errorOf={errorOf}
              label={t('venue.postalCode')}
              hint={t('venue.postalCodeHint')}
              maxLength={5}
              width="4"
              inputMode="numeric"
              autoComplete="postal-code"
            />
            <TextInput
              path="venue.city"
              errorOf={errorOf}
              label={t('venue.city')}
              required
              maxLength={LIMITS.city + 50}
              autoComplete="address-level2"
            />
          </div>
          <TextInput
            path="venue.room"
            errorOf={errorOf}
            label={t('venue.room')}
            hint={t('venue.roomHint')}
            maxLength={LIMITS.room + 50}
          />
          <TextArea
            path="venue.accessibilityNotes"
            errorOf={errorOf}
            label={t('venue.accessibilityNotes')}
            hint={t('venue.accessibilityNotesHint')}
          />
          <TextArea
            path="venue.directions"
            errorOf={errorOf}
            label={t('venue.directions')}
            hint={t('venue.directionsHint')}
          />
        </div>
      </fieldset>

      <Controller
        control={control}
        name="hostMunicipality"
        render={({ field }) => (
          <MunicipalityPicker
            id={fieldId('hostMunicipalityId')}
            legend={t('host.municipality')}
            hint={t('host.municipalityHint')}
            optionalText={t('form.optional')}
            value={field.value}
            onChange={field.onChange}
            error={errorOf('hostMunicipalityId')}
          />
        )}
      />

      <FormField
        id={hostId}
        label={t('host.person')}
        hint={t('host.personHint')}
        error={hostError}
        optionalText={t('form.optional')}
      >
        <div className="kern-form-input__select-wrapper">
          <select
            id={hostId}
            className="kern-form-input__select"
            aria-invalid={hostError ? true : undefined}
            aria-describedby={describedBy(hostId, true, Boolean(hostError))}
            {...register('hostParticipantId')}
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
    </Section>
  );
}

/** Seats and the registration window. */
export function SeatsSection({
  errorOf,
  confirmed,
}: SectionProps & {
  /** Confirmed registrations of a saved event (the capacity hint says how many). */
  confirmed?: number;
}) {
  const { t, i18n } = useTranslation('event-management');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return (
    <Section id="event-form-seats" title={t('form.seats')}>
      <TextInput
        path="capacity"
        errorOf={errorOf}
        label={t('form.capacity')}
        hint={
          confirmed !== undefined
            ? t('form.capacityHintConfirmed', {
                count: confirmed,
                formatted: formatNumber(confirmed, locale),
              })
            : t('form.capacityHint')
        }
        maxLength={6}
        width="4"
        inputMode="numeric"
      />
      <MomentField
        path="registrationOpensAt"
        dateKey="opensDate"
        timeKey="opensTime"
        legend={t('form.opens')}
        required={false}
        hint={t('form.opensHint')}
        errorOf={errorOf}
      />
      <MomentField
        path="registrationClosesAt"
        dateKey="closesDate"
        timeKey="closesTime"
        legend={t('form.closes')}
        required={false}
        hint={t('form.closesHint')}
        errorOf={errorOf}
      />
    </Section>
  );
}

/** The agenda items (their own editor, keyboard reordering included). */
export function AgendaSection({ errorOf }: SectionProps) {
  const { t } = useTranslation('event-management');
  const { control } = useFormContext<EventValues>();
  const values = useWatch({ control }) as EventValues;
  return (
    <Section id="event-form-agenda" title={t('agenda.title')} intro={t('agenda.intro')}>
      <Controller
        control={control}
        name="agenda"
        render={({ field }) => (
          <AgendaEditor values={values} onChange={field.onChange} errorOf={errorOf} />
        )}
      />
    </Section>
  );
}

/** After the event: the report and the materials. */
export function AfterSection({ errorOf }: SectionProps) {
  const { t } = useTranslation('event-management');
  const { control } = useFormContext<EventValues>();
  return (
    <Section id="event-form-after" title={t('form.after')} intro={t('form.afterHint')}>
      <Controller
        control={control}
        name="report"
        render={({ field: report }) => (
          <Controller
            control={control}
            name="reportPublished"
            render={({ field: published }) => (
              <ReportField
                report={report.value}
                published={published.value}
                onReportChange={report.onChange}
                onPublishedChange={published.onChange}
                errorOf={errorOf}
              />
            )}
          />
        )}
      />
      <h3 className="kern-heading-small">{t('materials.heading')}</h3>
      <Controller
        control={control}
        name="materials"
        render={({ field }) => (
          <MaterialsEditor materials={field.value} onChange={field.onChange} errorOf={errorOf} />
        )}
      />
    </Section>
  );
}
