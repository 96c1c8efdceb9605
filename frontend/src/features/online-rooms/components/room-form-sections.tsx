import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { describedBy, FieldError, FormField, inputClass } from '@/components/ui/form-field';
import { LoadingState } from '@/components/ui/loading-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useNetworkMembers } from '@/api/members';
import type { OnlineRoom } from '@/features/online-rooms/api/get-rooms';
import {
  durationOf,
  fieldId,
  MONTHLY_POSITIONS,
  recurrenceOf,
  WEEKLY_INTERVALS,
  type Ending,
  type MonthlyPosition,
  type RoomField,
  type RoomValues,
} from '@/features/online-rooms/components/room-form-values';
import { describeSchedule } from '@/features/online-rooms/utils/describe-schedule';
import { buildRrule, WEEKDAYS, type Weekday } from '@/features/online-rooms/utils/rrule';
import { formatDate, todayInBerlin } from '@/lib/format';

type SectionProps = { errorOf: (field: RoomField) => string | undefined };

/** One line of text, registered with the form. */
function TextInput({
  field,
  type = 'text',
  errorOf,
}: SectionProps & { field: 'title' | 'joinUrl' | 'accessCode' | 'dialIn'; type?: 'text' | 'url' }) {
  const { t } = useTranslation('rooms');
  const { register } = useFormContext<RoomValues>();
  const id = fieldId(field);
  const error = errorOf(field);
  return (
    <FormField
      id={id}
      label={t(`form.${field}`)}
      hint={t(`form.${field}Hint`)}
      error={error}
      optionalText={field === 'accessCode' || field === 'dialIn' ? t('form.optional') : undefined}
    >
      <input
        id={id}
        className={inputClass(error)}
        type={type}
        required={field === 'title' || field === 'joinUrl' ? true : undefined}
        spellCheck={field === 'joinUrl' || field === 'accessCode' ? false : undefined}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, true, Boolean(error))}
        {...register(field)}
      />
    </FormField>
  );
}

/** A select over typed options (numbers or words), controlled through the form. */
function Select<T extends string | number>({
  id,
  label,
  name,
  options,
}: {
  id: string;
  label: string;
  name: 'weeklyInterval' | 'monthlyPosition' | 'monthlyDay';
  options: { value: T; label: string }[];
}) {
  const { control } = useFormContext<RoomValues>();
  return (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      <div className="kern-form-input__select-wrapper">
        <Controller
          control={control}
          name={name}
          render={({ field }) => (
            <select
              id={id}
              className="kern-form-input__select"
              ref={field.ref}
              value={String(field.value)}
              onBlur={field.onBlur}
              onChange={(event) => {
                const option = options.find((o) => String(o.value) === event.target.value);
                if (option) field.onChange(option.value);
              }}
            >
              {options.map((option) => (
                <option key={String(option.value)} value={String(option.value)}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        />
      </div>
    </div>
  );
}

/** One radio button of `freq` or `ending`. */
function Radio({
  name,
  value,
  label,
  id,
}: {
  name: 'freq' | 'ending';
  value: string;
  label: string;
  id?: string;
}) {
  const { register } = useFormContext<RoomValues>();
  const inputId = id ?? `room-${name}-${value}`;
  return (
    <div className="kern-form-check">
      <input
        id={inputId}
        className="kern-form-check__radio"
        type="radio"
        value={value}
        {...register(name)}
      />
      <label className="kern-label" htmlFor={inputId}>
        {label}
      </label>
    </div>
  );
}

/** Title, description, the way into the room and its moderators. */
export function RoomAboutSection({
  errorOf,
  networkId,
  moderators,
}: SectionProps & {
  networkId: string;
  /** The moderators as saved, offered even if no longer members. */
  moderators: OnlineRoom['moderators'];
}) {
  const { t } = useTranslation('rooms');
  const { control, register } = useFormContext<RoomValues>();
  const members = useNetworkMembers(networkId);
  const memberOptions = (members.data ?? []).map((m) => ({
    id: m.participantId,
    name: m.displayName,
    detail: m.municipality?.name,
  }));
  for (const moderator of moderators) {
    if (!memberOptions.some((m) => m.id === moderator.id)) {
      memberOptions.push({ id: moderator.id, name: moderator.displayName, detail: undefined });
    }
  }
  const descriptionError = errorOf('description');
  const moderatorsError = errorOf('moderatorIds');
  return (
    <section className="kn-stack-lg" aria-labelledby="room-form-about">
      <h2 id="room-form-about" className="kern-heading-medium">
        {t('form.about')}
      </h2>
      <TextInput field="title" errorOf={errorOf} />
      <FormField
        id={fieldId('description')}
        label={t('form.description')}
        hint={t('form.descriptionHint')}
        error={descriptionError}
        optionalText={t('form.optional')}
      >
        <textarea
          id={fieldId('description')}
          className={inputClass(descriptionError)}
          rows={4}
          aria-invalid={descriptionError ? true : undefined}
          aria-describedby={describedBy(fieldId('description'), true, Boolean(descriptionError))}
          {...register('description')}
        />
      </FormField>
      <TextInput field="joinUrl" type="url" errorOf={errorOf} />
      <TextInput field="accessCode" errorOf={errorOf} />
      <TextInput field="dialIn" errorOf={errorOf} />

      <fieldset
        className={`kern-fieldset${moderatorsError ? ' kern-fieldset--error' : ''}`}
        id={fieldId('moderatorIds')}
        tabIndex={-1}
        aria-describedby={describedBy(fieldId('moderatorIds'), true, Boolean(moderatorsError))}
      >
        <legend className="kern-label">
          {t('form.moderators')}
          <span className="kern-label__optional"> {t('form.optional')}</span>
        </legend>
        <div className="kern-fieldset__body kn-stack">
          <div className="kern-hint" id={`${fieldId('moderatorIds')}-hint`}>
            {t('form.moderatorsHint')}
          </div>
          {moderatorsError && (
            <FieldError id={`${fieldId('moderatorIds')}-error`} message={moderatorsError} />
          )}
          {members.isPending && <LoadingState label={t('form.membersLoading')} />}
          {members.isError && (
            <ProblemAlert
              title={t('form.membersErrorTitle')}
              error={members.error}
              onRetry={() => void members.refetch()}
            />
          )}
          <Controller
            control={control}
            name="moderatorIds"
            render={({ field }) => (
              <>
                {memberOptions.map((member) => (
                  <div key={member.id} className="kern-form-check">
                    <input
                      id={`room-moderator-${member.id}`}
                      className="kern-form-check__checkbox"
                      type="checkbox"
                      checked={field.value.includes(member.id)}
                      onChange={(event) =>
                        field.onChange(
                          event.target.checked
                            ? [...field.value, member.id]
                            : field.value.filter((id) => id !== member.id),
                        )
                      }
                    />
                    <label className="kern-label" htmlFor={`room-moderator-${member.id}`}>
                      {member.name}
                      {member.detail && <span className="kn-normal"> ({member.detail})</span>}
                    </label>
                  </div>
                ))}
              </>
            )}
          />
        </div>
      </fieldset>
    </section>
  );
}

/**
 * The schedule in words: first date (or "valid from" when editing), times, weekly or monthly, the
 * end, and the schedule as a sentence. A first date that does not fit the rule comes with a button
 * that takes the next fitting one.
 */
export function ScheduleSection({
  errorOf,
  values,
  editing,
  unsupported,
  suggestion,
  onSuggestionTaken,
}: SectionProps & {
  values: RoomValues;
  editing: boolean;
  /** The saved schedule in words when the form cannot express it (editing starts a new one). */
  unsupported?: string;
  /** The next date that fits the rule, when the first date does not. */
  suggestion?: string;
  onSuggestionTaken: () => void;
}) {
  const { t, i18n } = useTranslation('rooms');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const { control, register, setValue } = useFormContext<RoomValues>();
  const today = todayInBerlin();
  const error = (field: RoomField) => errorOf(field);
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
            {unsupported && (
              <p className="kern-body">
                {t('form.scheduleUnsupported', { schedule: unsupported })}
              </p>
            )}
          </div>
        </div>
      )}

      <FormField
        id={fieldId('startDate')}
        label={editing ? t('form.validFrom') : t('form.firstDate')}
        hint={editing ? t('form.validFromHint') : t('form.firstDateHint')}
        error={error('startDate')}
      >
        <input
          id={fieldId('startDate')}
          className={`${inputClass(error('startDate'))} kern-form-input__input--width-10`}
          type="date"
          required
          min={editing ? today : undefined}
          aria-invalid={error('startDate') ? true : undefined}
          aria-describedby={describedBy(fieldId('startDate'), true, Boolean(error('startDate')))}
          {...register('startDate')}
        />
      </FormField>
      {error('startDate') && suggestion && suggestion !== values.startDate && (
        <p>
          <button
            type="button"
            className="kern-btn kern-btn--tertiary kern-btn--x-small"
            onClick={() => {
              setValue('startDate', suggestion, { shouldDirty: true });
              onSuggestionTaken();
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
        <FormField id={fieldId('startTime')} label={t('form.startTime')} error={error('startTime')}>
          <input
            id={fieldId('startTime')}
            className={inputClass(error('startTime'))}
            type="time"
            required
            aria-invalid={error('startTime') ? true : undefined}
            aria-describedby={describedBy(fieldId('startTime'), false, Boolean(error('startTime')))}
            {...register('startTime')}
          />
        </FormField>
        <FormField
          id={fieldId('endTime')}
          label={t('form.endTime')}
          hint={duration > 0 ? t('form.duration', { count: duration }) : t('form.endTimeHint')}
          error={error('endTime')}
        >
          <input
            id={fieldId('endTime')}
            className={inputClass(error('endTime'))}
            type="time"
            required
            aria-invalid={error('endTime') ? true : undefined}
            aria-describedby={describedBy(fieldId('endTime'), true, Boolean(error('endTime')))}
            {...register('endTime')}
          />
        </FormField>
      </div>

      <fieldset
        className={`kern-fieldset${error('repeat') ? ' kern-fieldset--error' : ''}`}
        aria-describedby={error('repeat') ? `${fieldId('repeat')}-error` : undefined}
      >
        <legend className="kern-label">{t('form.repeat')}</legend>
        <div className="kern-fieldset__body kn-stack">
          {error('repeat') && (
            <FieldError id={`${fieldId('repeat')}-error`} message={error('repeat')!} />
          )}
          <Radio
            name="freq"
            value="WEEKLY"
            label={t('form.weekly')}
            id={`${fieldId('repeat')}-first`}
          />
          {values.freq === 'WEEKLY' && (
            <div className="kn-stack kn-indent">
              <Select<number>
                id="room-weekly-interval"
                label={t('form.weeklyInterval')}
                name="weeklyInterval"
                options={WEEKLY_INTERVALS.map((n) => ({
                  value: n as number,
                  label: t('form.everyWeeks', { count: n }),
                }))}
              />
              <fieldset className="kern-fieldset">
                <legend className="kern-label">{t('form.weekDays')}</legend>
                <Controller
                  control={control}
                  name="weekDays"
                  render={({ field }) => (
                    <div className="kern-fieldset__body kern-fieldset__body--horizontal">
                      {WEEKDAYS.map((day) => (
                        <div key={day} className="kern-form-check">
                          <input
                            id={`room-weekday-${day}`}
                            className="kern-form-check__checkbox"
                            type="checkbox"
                            checked={field.value.includes(day)}
                            onChange={(event) =>
                              field.onChange(
                                event.target.checked
                                  ? WEEKDAYS.filter((d) => d === day || field.value.includes(d))
                                  : field.value.filter((d) => d !== day),
                              )
                            }
                          />
                          <label className="kern-label" htmlFor={`room-weekday-${day}`}>
                            {t(`weekday.${day}`)}
                          </label>
                        </div>
                      ))}
                    </div>
                  )}
                />
              </fieldset>
            </div>
          )}
          <Radio name="freq" value="MONTHLY" label={t('form.monthly')} />
          {values.freq === 'MONTHLY' && (
            <div className="kn-inline kn-indent">
              <Select<MonthlyPosition>
                id="room-monthly-position"
                label={t('form.monthlyPosition')}
                name="monthlyPosition"
                options={MONTHLY_POSITIONS.map((n) => ({
                  value: n,
                  label: t(`form.position.${n}` as 'form.position.1'),
                }))}
              />
              <Select<Weekday>
                id="room-monthly-day"
                label={t('form.monthlyDay')}
                name="monthlyDay"
                options={WEEKDAYS.map((day) => ({ value: day, label: t(`weekday.${day}`) }))}
              />
            </div>
          )}
        </div>
      </fieldset>

      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('form.ending')}</legend>
        <div className="kern-fieldset__body kn-stack">
          {(['never', 'count', 'until'] as const).map((ending: Ending) => (
            <div key={ending} className="kn-stack">
              <Radio name="ending" value={ending} label={t(`form.end.${ending}`)} />
              {ending === 'count' && values.ending === 'count' && (
                <div className="kn-indent">
                  <FormField id={fieldId('count')} label={t('form.count')} error={error('count')}>
                    <input
                      id={fieldId('count')}
                      className={`${inputClass(error('count'))} kern-form-input__input--width-4`}
                      type="number"
                      inputMode="numeric"
                      min={1}
                      max={1000}
                      aria-invalid={error('count') ? true : undefined}
                      aria-describedby={describedBy(
                        fieldId('count'),
                        false,
                        Boolean(error('count')),
                      )}
                      {...register('count')}
                    />
                  </FormField>
                </div>
              )}
              {ending === 'until' && values.ending === 'until' && (
                <div className="kn-indent">
                  <FormField id={fieldId('until')} label={t('form.until')} error={error('until')}>
                    <input
                      id={fieldId('until')}
                      className={`${inputClass(error('until'))} kern-form-input__input--width-10`}
                      type="date"
                      min={values.startDate || undefined}
                      aria-invalid={error('until') ? true : undefined}
                      aria-describedby={describedBy(
                        fieldId('until'),
                        false,
                        Boolean(error('until')),
                      )}
                      {...register('until')}
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
  );
}
