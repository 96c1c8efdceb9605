import type { FormEvent, ReactNode } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/ui/error-summary';
import type { AgendaItem, Event } from '@/api/events';
import type { Registration } from '@/api/registrations';
import { isFull, seatsText, useEventTime } from '@/features/events/components/event-texts';
import { useKernForm } from '@/lib/use-kern-form';

export type RegistrationValues = {
  note: string;
  accessibilityNeeds: string;
  dietaryNeeds: string;
  agendaItemIds: string[];
};

export const EMPTY_VALUES: RegistrationValues = {
  note: '',
  accessibilityNeeds: '',
  dietaryNeeds: '',
  agendaItemIds: [],
};

export function valuesOf(registration: Registration): RegistrationValues {
  return {
    note: registration.note ?? '',
    accessibilityNeeds: registration.accessibilityNeeds ?? '',
    dietaryNeeds: registration.dietaryNeeds ?? '',
    agendaItemIds: registration.agendaSignUps.map((signUp) => signUp.agendaItemId),
  };
}

/** The request body: empty texts are left out (`null`), the sign-ups in agenda order. */
export function inputOf(values: RegistrationValues, agenda: readonly AgendaItem[]) {
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    note: text(values.note),
    accessibilityNeeds: text(values.accessibilityNeeds),
    dietaryNeeds: text(values.dietaryNeeds),
    agendaItemIds: agenda
      .filter((item) => values.agendaItemIds.includes(item.id))
      .map((item) => item.id),
  };
}

const LIMITS = { note: 1000, accessibilityNeeds: 1000, dietaryNeeds: 500 } as const;
type TextField = keyof typeof LIMITS;
const TEXT_FIELDS = Object.keys(LIMITS) as TextField[];

type RegistrationFormProps = {
  /** Keeps the ids of the two forms (register, change) apart. */
  idPrefix: string;
  event: Event;
  initial: RegistrationValues;
  /** The current registration when changing it: its own sign-up states are shown. */
  registration?: Registration;
  submitLabel: string;
  busy: boolean;
  onSubmit: (values: RegistrationValues) => void;
  onCancel?: () => void;
  cancelLabel?: string;
  /** Shown above the fields, e.g. the version-conflict alert. */
  before?: ReactNode;
};

/**
 * The details one may give with a registration: sign-ups for agenda items with their own seats
 * (each with its seats left), a note, accessibility needs and dietary needs. All optional.
 */
export function RegistrationForm({
  idPrefix,
  event,
  initial,
  registration,
  submitLabel,
  busy,
  onSubmit,
  onCancel,
  cancelLabel,
  before,
}: RegistrationFormProps) {
  const { t } = useTranslation('events');
  const time = useEventTime();
  const fieldId = (field: string) => `${idPrefix}-${field}`;
  // Server answers (409, 412) are the section's: it shows them above the fields (`before`).
  const engine = useKernForm<RegistrationValues, TextField>({
    initial,
    validate: (values) => {
      const found: Partial<Record<TextField, string>> = {};
      for (const field of TEXT_FIELDS) {
        if (values[field].trim().length > LIMITS[field]) {
          found[field] = t('form.tooLong', { label: t(`form.${field}`), max: LIMITS[field] });
        }
      }
      return found;
    },
    fieldOf: () => undefined,
    order: () => TEXT_FIELDS,
    controlOf: (field) => fieldId(field),
    // part of the event page, which stays where it is
    guard: false,
  });
  const { errors, form } = engine;
  const signUpItems = event.agenda.filter((item) => item.signUpRequired);

  const save = engine.submit(onSubmit);
  const submit = (formEvent: FormEvent) => {
    if (busy) {
      formEvent.preventDefault();
      return;
    }
    save(formEvent);
  };

  const itemHint = (item: AgendaItem) => {
    const mine = registration?.agendaSignUps.find((s) => s.agendaItemId === item.id);
    const state = mine
      ? mine.status === 'CONFIRMED'
        ? t('form.itemMine.CONFIRMED')
        : t('form.itemMine.WAITLISTED', { position: mine.waitlistPosition ?? '?' })
      : isFull(item)
        ? t('form.itemFull', { position: item.waitlisted + 1 })
        : seatsText(t, item);
    return `${time.itemRange(item, event.startsAt)} · ${state}`;
  };

  const textField = (field: TextField, rows: number) => {
    const id = fieldId(field);
    const error = errors[field];
    return (
      <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
        <label className="kern-label" htmlFor={id}>
          {t(`form.${field}`)}
          <span className="kern-label__optional"> {t('form.optional')}</span>
        </label>
        <div className="kern-hint" id={`${id}-hint`}>
          {t(`form.${field}Hint`)}
        </div>
        {error && (
          <p className="kern-error" id={`${id}-error`}>
            <span className="kern-icon kern-icon--danger" aria-hidden="true" />
            <span className="kern-body">{error}</span>
          </p>
        )}
        {rows > 1 ? (
          <textarea
            id={id}
            className={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
            rows={rows}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
            {...form.register(field)}
          />
        ) : (
          <input
            id={id}
            type="text"
            className={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
            {...form.register(field)}
          />
        )}
      </div>
    );
  };

  return (
    <form noValidate onSubmit={submit} className="kn-stack-lg kn-form">
      {before}
      <ErrorSummary
        title={t('form.summaryTitle')}
        errors={engine.summary}
        focusKey={engine.summaryFocus}
      />
      {signUpItems.length > 0 && (
        <fieldset className="kern-fieldset" aria-describedby={fieldId('items-hint')}>
          <legend className="kern-label">{t('form.items')}</legend>
          <div className="kern-fieldset__body kn-stack">
            <div className="kern-hint" id={fieldId('items-hint')}>
              {t('form.itemsHint')}
            </div>
            {signUpItems.map((item) => {
              const id = fieldId(`item-${item.id}`);
              return (
                <div key={item.id} className="kern-form-check">
                  <Controller
                    control={form.control}
                    name="agendaItemIds"
                    render={({ field }) => (
                      <input
                        id={id}
                        className="kern-form-check__checkbox"
                        type="checkbox"
                        checked={field.value.includes(item.id)}
                        aria-describedby={`${id}-hint`}
                        onChange={(e) =>
                          field.onChange(
                            e.target.checked
                              ? [...field.value, item.id]
                              : field.value.filter((other) => other !== item.id),
                          )
                        }
                      />
                    )}
                  />
                  <label className="kern-label" htmlFor={id}>
                    {item.title}
                  </label>
                  <div className="kern-hint kn-check-hint" id={`${id}-hint`}>
                    {itemHint(item)}
                  </div>
                </div>
              );
            })}
          </div>
        </fieldset>
      )}
      {textField('note', 3)}
      {textField('accessibilityNeeds', 3)}
      {textField('dietaryNeeds', 1)}
      <div className="kn-inline">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
          <span className="kern-label">{submitLabel}</span>
        </button>
        {onCancel && (
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}>
            <span className="kern-label">{cancelLabel}</span>
          </button>
        )}
      </div>
    </form>
  );
}
