import { useRef, useState, type FormEvent } from 'react';
import { LeavePageDialog } from '@/components/ui/leave-page-dialog';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { describedBy, FieldError, FormField, inputClass } from '@/components/ui/form-field';
import { LoadingState } from '@/components/ui/loading-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import type { VersionedRoom } from '@/features/online-rooms/api/get-rooms';
import { useCreateRoom, useUpdateRoom } from '@/features/online-rooms/api/manage-rooms';
import {
  durationOf,
  fieldId,
  fieldOfViolation,
  MONTHLY_POSITIONS,
  recurrenceOf,
  ROOM_FIELDS,
  scheduleChanged,
  toInput,
  toValues,
  validate,
  WEEKLY_INTERVALS,
  type Ending,
  type MonthlyPosition,
  type RoomField,
  type RoomValues,
} from '@/features/online-rooms/components/room-form-values';
import { describeSchedule } from '@/features/online-rooms/utils/describe-schedule';
import {
  buildRrule,
  nextFittingDate,
  WEEKDAYS,
  type Weekday,
} from '@/features/online-rooms/utils/rrule';
import { isVersionConflict } from '@/lib/api-client';
import { sortViolations } from '@/lib/violations';
import { formatDate, formatLongDate, todayInBerlin } from '@/lib/format';
import { useNetworkMembers } from '@/api/members';
import { useUnsavedChangesWarning } from '@/lib/use-unsaved-changes-warning';

type FieldErrors = Partial<Record<RoomField, string>>;

type RoomFormProps = {
  networkId: string;
  /** The room to edit with its ETag; a new room without. */
  current?: VersionedRoom;
  /** Reads the room again (after a 412); resolves to the fresh version. */
  onReload?: () => Promise<VersionedRoom | undefined>;
};

/**
 * Create or edit an online room. The schedule is asked for in words (first date, times, weekly
 * or monthly, end); the form builds the RRULE. Editing a schedule starts a new period on the
 * "gilt ab" date, earlier sessions stay as they were.
 */
export function RoomForm({ networkId, current, onReload }: RoomFormProps) {
  const { t, i18n } = useTranslation('rooms');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const editing = current !== undefined;
  const today = todayInBerlin();
  const [baseline, setBaseline] = useState(() => toValues(current?.room, today));
  const [version, setVersion] = useState(current);
  const [values, setValues] = useState<RoomValues>(baseline.values);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [summaryFocus, setSummaryFocus] = useState(0);
  const [conflict, setConflict] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const savedRef = useRef(false);
  const members = useNetworkMembers(networkId);
  const create = useCreateRoom();
  const update = useUpdateRoom();
  const navigate = useNavigate();
  const pending = create.isPending || update.isPending;

  const touchedSchedule = scheduleChanged(values, baseline.values);
  const dirty = JSON.stringify(values) !== JSON.stringify(baseline.values);
  const blocker = useUnsavedChangesWarning(dirty, savedRef);

  const set = <K extends keyof RoomValues>(key: K, value: RoomValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));

  const showErrors = (fieldErrors: FieldErrors, other: string[] = []) => {
    setErrors(fieldErrors);
    setFormErrors(other);
    setSummaryFocus((n) => n + 1);
  };

  const checkSchedule = !editing || touchedSchedule;
  const suggestion =
    checkSchedule && values.startDate
      ? nextFittingDate(recurrenceOf(values), values.startDate)
      : undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setConflict(false);
    setSaveError(null);
    const invalid = validate(values, {
      checkSchedule,
      notBefore: editing ? today : undefined,
    });
    const keys = Object.keys(invalid) as RoomField[];
    if (keys.length > 0) {
      const messages: FieldErrors = {};
      for (const key of keys) {
        messages[key] =
          invalid[key] === 'form.errors.startDateNotFitting' && suggestion
            ? t('form.errors.startDateNotFittingSuggest', {
                date: formatLongDate(`${suggestion}T12:00:00Z`, locale),
              })
            : t(invalid[key]!);
      }
      showErrors(messages);
      return;
    }
    setErrors({});
    setFormErrors([]);
    const input = toInput(values, editing && !touchedSchedule ? version?.room.schedule : undefined);
    const onError = (error: unknown) => {
      if (isVersionConflict(error)) {
        setConflict(true);
        return;
      }
      const sorted = sortViolations(error, fieldOfViolation);
      if (sorted) {
        showErrors(sorted.fields, sorted.other);
        return;
      }
      setSaveError(error);
    };
    const onSuccess = (saved: VersionedRoom) => {
      savedRef.current = true;
      void navigate(`/online-raeume/${saved.room.id}`, {
        state: { roomNotice: editing ? 'saved' : 'created' },
      });
    };
    if (editing && version) {
      update.mutate({ roomId: version.room.id, input, etag: version.etag }, { onSuccess, onError });
    } else {
      create.mutate({ networkId, input }, { onSuccess, onError });
    }
  };

  const reload = async () => {
    const fresh = await onReload?.();
    if (!fresh) return;
    const next = toValues(fresh.room, today);
    setVersion(fresh);
    setBaseline(next);
    setValues(next.values);
    setErrors({});
    setFormErrors([]);
    setConflict(false);
    document.getElementById(fieldId('title'))?.focus();
  };

  const summary: SummaryError[] = [
    ...ROOM_FIELDS.filter((field) => errors[field]).map((field) => ({
      fieldId: field === 'repeat' ? `${fieldId('repeat')}-first` : fieldId(field),
      message: errors[field]!,
    })),
    ...formErrors.map((message) => ({ message })),
  ];

  const optional = t('form.optional');

  const text = (
    field: 'title' | 'joinUrl' | 'accessCode' | 'dialIn',
    type: 'text' | 'url' = 'text',
  ) => {
    const id = fieldId(field);
    const hint = t(`form.${field}Hint`);
    return (
      <FormField
        id={id}
        label={t(`form.${field}`)}
        hint={hint}
        error={errors[field]}
        optionalText={field === 'accessCode' || field === 'dialIn' ? optional : undefined}
      >
        <input
          id={id}
          className={inputClass(errors[field])}
          type={type}
          value={values[field]}
          required={field === 'title' || field === 'joinUrl' ? true : undefined}
          spellCheck={field === 'joinUrl' || field === 'accessCode' ? false : undefined}
          autoComplete="off"
          aria-invalid={errors[field] ? true : undefined}
          aria-describedby={describedBy(id, true, Boolean(errors[field]))}
          onChange={(event) => set(field, event.target.value)}
        />
      </FormField>
    );
  };

  const select = <T extends string | number>(
    id: string,
    label: string,
    value: T,
    options: { value: T; label: string }[],
    onChange: (value: T) => void,
  ) => (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select
          id={id}
          className="kern-form-input__select"
          value={String(value)}
          onChange={(event) => {
            const option = options.find((o) => String(o.value) === event.target.value);
            if (option) onChange(option.value);
          }}
        >
          {options.map((option) => (
            <option key={String(option.value)} value={String(option.value)}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );

  const radio = <T extends string>(
    name: string,
    value: T,
    checked: boolean,
    label: string,
    onChange: (value: T) => void,
    id?: string,
  ) => (
    <div className="kern-form-check">
      <input
        id={id ?? `${name}-${value}`}
        className="kern-form-check__radio"
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={() => onChange(value)}
      />
      <label className="kern-label" htmlFor={id ?? `${name}-${value}`}>
        {label}
      </label>
    </div>
  );

  // moderators: the network's members, plus moderators who are no longer listed there
  const memberOptions = (members.data ?? []).map((m) => ({
    id: m.participantId,
    name: m.displayName,
    detail: m.municipality?.name,
  }));
  for (const moderator of version?.room.moderators ?? []) {
    if (!memberOptions.some((m) => m.id === moderator.id)) {
      memberOptions.push({ id: moderator.id, name: moderator.displayName, detail: undefined });
    }
  }

  const duration = durationOf(values);
  const preview =
    values.freq === 'WEEKLY' && values.weekDays.length === 0
      ? ''
      : describeSchedule(
          {
            startDate: values.startDate || today,
            startTime: values.startTime,
            durationMinutes: duration > 0 ? duration : 0,
            rrule: buildRrule(recurrenceOf(values)),
          },
          t,
          locale,
        );

  return (
    <>
      {conflict && (
        <ConflictAlert
          title={t('form.conflictTitle')}
          text={t('form.conflictText')}
          reloadLabel={t('form.conflictReload')}
          onReload={reload}
        />
      )}

      {saveError !== null && <ProblemAlert title={t('form.saveErrorTitle')} error={saveError} />}

      <ErrorSummary title={t('form.summaryTitle')} errors={summary} focusKey={summaryFocus} />

      <form className="kn-stack-lg kn-form" noValidate onSubmit={onSubmit}>
        <section className="kn-stack-lg" aria-labelledby="room-form-about">
          <h2 id="room-form-about" className="kern-heading-medium">
            {t('form.about')}
          </h2>
          {text('title')}
          <FormField
            id={fieldId('description')}
            label={t('form.description')}
            hint={t('form.descriptionHint')}
            error={errors.description}
            optionalText={optional}
          >
            <textarea
              id={fieldId('description')}
              className={inputClass(errors.description)}
              rows={4}
              value={values.description}
              aria-invalid={errors.description ? true : undefined}
              aria-describedby={describedBy(
                fieldId('description'),
                true,
                Boolean(errors.description),
              )}
              onChange={(event) => set('description', event.target.value)}
            />
          </FormField>
          {text('joinUrl', 'url')}
          {text('accessCode')}
          {text('dialIn')}

          <fieldset
            className={`kern-fieldset${errors.moderatorIds ? ' kern-fieldset--error' : ''}`}
            id={fieldId('moderatorIds')}
            tabIndex={-1}
            aria-describedby={describedBy(
              fieldId('moderatorIds'),
              true,
              Boolean(errors.moderatorIds),
            )}
          >
            <legend className="kern-label">
              {t('form.moderators')}
              <span className="kern-label__optional"> {optional}</span>
            </legend>
            <div className="kern-fieldset__body kn-stack">
              <div className="kern-hint" id={`${fieldId('moderatorIds')}-hint`}>
                {t('form.moderatorsHint')}
              </div>
              {errors.moderatorIds && (
                <FieldError id={`${fieldId('moderatorIds')}-error`} message={errors.moderatorIds} />
              )}
              {members.isPending && <LoadingState label={t('form.membersLoading')} />}
              {members.isError && (
                <ProblemAlert
                  title={t('form.membersErrorTitle')}
                  error={members.error}
                  onRetry={() => void members.refetch()}
                />
              )}
              {memberOptions.map((member) => (
                <div key={member.id} className="kern-form-check">
                  <input
                    id={`room-moderator-${member.id}`}
                    className="kern-form-check__checkbox"
                    type="checkbox"
                    checked={values.moderatorIds.includes(member.id)}
                    onChange={(event) =>
                      set(
                        'moderatorIds',
                        event.target.checked
                          ? [...values.moderatorIds, member.id]
                          : values.moderatorIds.filter((id) => id !== member.id),
                      )
                    }
                  />
                  <label className="kern-label" htmlFor={`room-moderator-${member.id}`}>
                    {member.name}
                    {member.detail && <span className="kn-normal"> ({member.detail})</span>}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </section>

        <section className="kn-stack-lg" aria-labelledby="room-form-schedule">
          <h2 id="room-form-schedule" className="kern-heading-medium">
            {t('form.schedule')}
          </h2>
          {editing && (
            <div className="kern-alert kern-alert--info">
              <div className="kern-alert__header">
                <span className="kern-icon kern-icon--info" aria-hidden="true" />
                <p className="kern-title">{t('form.scheduleEditTitle')}</p>
              </div>
              <div className="kern-alert__body kn-stack">
                <p className="kern-body">{t('form.scheduleEditText')}</p>
                {!baseline.representable && version && (
                  <p className="kern-body">
                    {t('form.scheduleUnsupported', {
                      schedule: describeSchedule(version.room.schedule, t, locale),
                    })}
                  </p>
                )}
              </div>
            </div>
          )}

          <FormField
            id={fieldId('startDate')}
            label={editing ? t('form.validFrom') : t('form.firstDate')}
            hint={editing ? t('form.validFromHint') : t('form.firstDateHint')}
            error={errors.startDate}
          >
            <input
              id={fieldId('startDate')}
              className={`${inputClass(errors.startDate)} kern-form-input__input--width-10`}
              type="date"
              required
              min={editing ? today : undefined}
              value={values.startDate}
              aria-invalid={errors.startDate ? true : undefined}
              aria-describedby={describedBy(fieldId('startDate'), true, Boolean(errors.startDate))}
              onChange={(event) => set('startDate', event.target.value)}
            />
          </FormField>
          {errors.startDate && suggestion && suggestion !== values.startDate && (
            <p>
              <button
                type="button"
                className="kern-btn kern-btn--tertiary kern-btn--x-small"
                onClick={() => {
                  set('startDate', suggestion);
                  setErrors((previous) => ({ ...previous, startDate: undefined }));
                  document.getElementById(fieldId('startDate'))?.focus();
                }}
              >
                <span className="kern-label">
                  {t('form.useSuggestion', { date: formatDate(suggestion, locale) })}
                </span>
              </button>
            </p>
          )}

          <div className="kn-inline kn-times">
            <FormField
              id={fieldId('startTime')}
              label={t('form.startTime')}
              error={errors.startTime}
            >
              <input
                id={fieldId('startTime')}
                className={inputClass(errors.startTime)}
                type="time"
                required
                value={values.startTime}
                aria-invalid={errors.startTime ? true : undefined}
                aria-describedby={describedBy(
                  fieldId('startTime'),
                  false,
                  Boolean(errors.startTime),
                )}
                onChange={(event) => set('startTime', event.target.value)}
              />
            </FormField>
            <FormField
              id={fieldId('endTime')}
              label={t('form.endTime')}
              hint={duration > 0 ? t('form.duration', { count: duration }) : t('form.endTimeHint')}
              error={errors.endTime}
            >
              <input
                id={fieldId('endTime')}
                className={inputClass(errors.endTime)}
                type="time"
                required
                value={values.endTime}
                aria-invalid={errors.endTime ? true : undefined}
                aria-describedby={describedBy(fieldId('endTime'), true, Boolean(errors.endTime))}
                onChange={(event) => set('endTime', event.target.value)}
              />
            </FormField>
          </div>

          <fieldset
            className={`kern-fieldset${errors.repeat ? ' kern-fieldset--error' : ''}`}
            aria-describedby={errors.repeat ? `${fieldId('repeat')}-error` : undefined}
          >
            <legend className="kern-label">{t('form.repeat')}</legend>
            <div className="kern-fieldset__body kn-stack">
              {errors.repeat && (
                <FieldError id={`${fieldId('repeat')}-error`} message={errors.repeat} />
              )}
              {radio(
                'room-freq',
                'WEEKLY',
                values.freq === 'WEEKLY',
                t('form.weekly'),
                (value) => set('freq', value),
                `${fieldId('repeat')}-first`,
              )}
              {values.freq === 'WEEKLY' && (
                <div className="kn-stack kn-indent">
                  {select(
                    'room-weekly-interval',
                    t('form.weeklyInterval'),
                    values.weeklyInterval,
                    WEEKLY_INTERVALS.map((n) => ({
                      value: n as number,
                      label: t('form.everyWeeks', { count: n }),
                    })),
                    (value) => set('weeklyInterval', value),
                  )}
                  <fieldset className="kern-fieldset">
                    <legend className="kern-label">{t('form.weekDays')}</legend>
                    <div className="kern-fieldset__body kern-fieldset__body--horizontal">
                      {WEEKDAYS.map((day) => (
                        <div key={day} className="kern-form-check">
                          <input
                            id={`room-weekday-${day}`}
                            className="kern-form-check__checkbox"
                            type="checkbox"
                            checked={values.weekDays.includes(day)}
                            onChange={(event) =>
                              set(
                                'weekDays',
                                event.target.checked
                                  ? WEEKDAYS.filter((d) => d === day || values.weekDays.includes(d))
                                  : values.weekDays.filter((d) => d !== day),
                              )
                            }
                          />
                          <label className="kern-label" htmlFor={`room-weekday-${day}`}>
                            {t(`weekday.${day}`)}
                          </label>
                        </div>
                      ))}
                    </div>
                  </fieldset>
                </div>
              )}
              {radio(
                'room-freq',
                'MONTHLY',
                values.freq === 'MONTHLY',
                t('form.monthly'),
                (value) => set('freq', value),
              )}
              {values.freq === 'MONTHLY' && (
                <div className="kn-inline kn-indent">
                  {select<MonthlyPosition>(
                    'room-monthly-position',
                    t('form.monthlyPosition'),
                    values.monthlyPosition,
                    MONTHLY_POSITIONS.map((n) => ({
                      value: n,
                      label: t(`form.position.${n}` as 'form.position.1'),
                    })),
                    (value) => set('monthlyPosition', value),
                  )}
                  {select<Weekday>(
                    'room-monthly-day',
                    t('form.monthlyDay'),
                    values.monthlyDay,
                    WEEKDAYS.map((day) => ({ value: day, label: t(`weekday.${day}`) })),
                    (value) => set('monthlyDay', value),
                  )}
                </div>
              )}
            </div>
          </fieldset>

          <fieldset className="kern-fieldset">
            <legend className="kern-label">{t('form.ending')}</legend>
            <div className="kern-fieldset__body kn-stack">
              {(['never', 'count', 'until'] as const).map((ending: Ending) => (
                <div key={ending} className="kn-stack">
                  {radio(
                    'room-ending',
                    ending,
                    values.ending === ending,
                    t(`form.end.${ending}`),
                    (value) => set('ending', value),
                  )}
                  {ending === 'count' && values.ending === 'count' && (
                    <div className="kn-indent">
                      <FormField id={fieldId('count')} label={t('form.count')} error={errors.count}>
                        <input
                          id={fieldId('count')}
                          className={`${inputClass(errors.count)} kern-form-input__input--width-4`}
                          type="number"
                          inputMode="numeric"
                          min={1}
                          max={1000}
                          value={values.count}
                          aria-invalid={errors.count ? true : undefined}
                          aria-describedby={describedBy(
                            fieldId('count'),
                            false,
                            Boolean(errors.count),
                          )}
                          onChange={(event) => set('count', event.target.value)}
                        />
                      </FormField>
                    </div>
                  )}
                  {ending === 'until' && values.ending === 'until' && (
                    <div className="kn-indent">
                      <FormField id={fieldId('until')} label={t('form.until')} error={errors.until}>
                        <input
                          id={fieldId('until')}
                          className={`${inputClass(errors.until)} kern-form-input__input--width-10`}
                          type="date"
                          min={values.startDate || undefined}
                          value={values.until}
                          aria-invalid={errors.until ? true : undefined}
                          aria-describedby={describedBy(
                            fieldId('until'),
                            false,
                            Boolean(errors.until),
                          )}
                          onChange={(event) => set('until', event.target.value)}
                        />
                      </FormField>
                    </div>
                  )}
                </div>
              ))}
            </div>
          </fieldset>

          {preview && (
            <p className="kern-body">
              <strong>{t('form.preview')}</strong> {preview}
            </p>
          )}
        </section>

        <div className="kn-inline">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={pending}>
            <span className="kern-label">
              {pending ? t('form.saving') : editing ? t('form.save') : t('form.create')}
            </span>
          </button>
          <Link
            to={
              editing && version ? `/online-raeume/${version.room.id}` : `/netzwerke/${networkId}`
            }
            className="kern-link"
          >
            {t('form.cancel')}
          </Link>
          {dirty && <p className="kern-body kern-body--small">{t('form.unsaved')}</p>}
        </div>
      </form>

      <LeavePageDialog blocker={blocker} texts={t('form.leave', { returnObjects: true })} />
    </>
  );
}

/** Shown instead of the form to people who may not create or change rooms. */
export function RoomFormForbidden() {
  const { t } = useTranslation('rooms');
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
