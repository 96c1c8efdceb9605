import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/ui/error-summary';
import { ProblemAlert } from '@/components/ui/problem-alert';
import {
  CONCEPT_STATUSES,
  NEEDS_ADOPTION_DATE,
  useUpdateClimateConcept,
  type ConceptStatus,
  type VersionedConcept,
} from '@/features/municipalities/api/climate-concept';
import { ApiError, isVersionConflict } from '@/lib/api-client';
import { todayInBerlin } from '@/lib/format';
import { useKernForm } from '@/lib/use-kern-form';

const FIELDS = ['status', 'fundingProgramme', 'fundingReference', 'adoptedOn', 'note'] as const;
type Field = (typeof FIELDS)[number];
type Values = { status: ConceptStatus } & Record<Exclude<Field, 'status'>, string>;
type Errors = Partial<Record<Field, string>>;
const LIMITS = { fundingProgramme: 200, fundingReference: 100, note: 2000 } as const;

function toValues({ concept }: VersionedConcept): Values {
  return {
    status: concept.status,
    fundingProgramme: concept.fundingProgramme ?? '',
    fundingReference: concept.fundingReference ?? '',
    adoptedOn: concept.adoptedOn ?? '',
    note: concept.note ?? '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

type ClimateConceptFormProps = {
  municipalityId: string;
  current: VersionedConcept;
  onSaved: () => void;
  onCancel: () => void;
};

/** Edits the concept with If-Match; errors next to the fields and in the summary at the top. */
export function ClimateConceptForm({
  municipalityId,
  current,
  onSaved,
  onCancel,
}: ClimateConceptFormProps) {
  const { t } = useTranslation('municipalities');
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const [refusal, setRefusal] = useState('');
  const refusalRef = useRef<HTMLDivElement>(null);
  const mutation = useUpdateClimateConcept();
  const engine = useKernForm<Values, Field>({
    initial: toValues(current),
    validate: (values) => {
      const found: Errors = {};
      if (NEEDS_ADOPTION_DATE.includes(values.status) && values.adoptedOn === '') {
        found.adoptedOn = t('concept.errors.adoptedOnRequired');
      } else if (values.adoptedOn !== '' && values.adoptedOn > todayInBerlin()) {
        found.adoptedOn = t('concept.errors.adoptedOnFuture');
      }
      for (const field of ['fundingProgramme', 'fundingReference', 'note'] as const) {
        if (values[field].trim().length > LIMITS[field]) {
          found[field] = t('concept.errors.tooLong', { max: LIMITS[field] });
        }
      }
      return found;
    },
    fieldOf: (path) => FIELDS.find((f) => path?.split('.').pop() === f),
    order: () => FIELDS,
    controlOf: fieldId,
    // the form sits inside the municipality page and is closed with "Abbrechen"
    guard: false,
  });
  const { errors, values, form } = engine;

  useEffect(() => {
    if (refusal) refusalRef.current?.focus();
  }, [refusal]);

  const save = engine.submit((sent) =>
    mutation.mutate(
      {
        municipalityId,
        etag: current.etag,
        input: {
          status: sent.status,
          fundingProgramme: orNull(sent.fundingProgramme),
          fundingReference: orNull(sent.fundingReference),
          adoptedOn: sent.adoptedOn === '' ? null : sent.adoptedOn,
          note: orNull(sent.note),
        },
      },
      {
        onSuccess: onSaved,
        onError: (error) => {
          // refused or changed meanwhile: said plainly, the page is to be read again
          if (error instanceof ApiError && error.status === 403) {
            setRefusal(t('concept.errors.forbidden'));
          } else if (isVersionConflict(error)) {
            setRefusal(t('concept.errors.conflict'));
          } else {
            engine.fail(error, sent);
          }
        },
      },
    ),
  );
  const onSubmit = (event: FormEvent) => {
    setRefusal('');
    save(event);
  };

  const field = (name: Exclude<Field, 'status'>, control: ReactNode, optional = true) => (
    <div className={`kern-form-input${errors[name] ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={fieldId(name)}>
        {t(`concept.fields.${name}`)}
        {optional && <span className="kern-label__optional"> {t('concept.optional')}</span>}
      </label>
      <div className="kern-hint" id={`${fieldId(name)}-hint`}>
        {t(`concept.hints.${name}`)}
      </div>
      {errors[name] && (
        <p className="kern-error" id={`${fieldId(name)}-error`}>
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          <span className="kern-body">{errors[name]}</span>
        </p>
      )}
      {control}
    </div>
  );

  const common = (name: Exclude<Field, 'status'>) => ({
    id: fieldId(name),
    ...form.register(name),
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name]
      ? `${fieldId(name)}-hint ${fieldId(name)}-error`
      : `${fieldId(name)}-hint`,
  });
  const inputClass = (name: Field) =>
    errors[name]
      ? 'kern-form-input__input kern-form-input__input--error'
      : 'kern-form-input__input';
  const needsDate = NEEDS_ADOPTION_DATE.includes(values.status);

  return (
    <div className="kn-stack-lg kn-form">
      {refusal && (
        <div ref={refusalRef} tabIndex={-1} className="kern-alert kern-alert--danger" role="alert">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--danger" aria-hidden="true" />
            <p className="kern-title">{refusal}</p>
          </div>
        </div>
      )}
      {engine.failure !== null && (
        <ProblemAlert title={t('concept.saveErrorTitle')} error={engine.failure} />
      )}
      <ErrorSummary
        title={t('concept.summaryTitle')}
        errors={engine.summary}
        focusKey={engine.summaryFocus}
      />

      <form className="kn-stack-lg" noValidate onSubmit={onSubmit}>
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t('concept.fields.status')}</legend>
          <div className="kern-fieldset__body">
            {CONCEPT_STATUSES.map((status, index) => (
              <div key={status} className="kern-form-check">
                <input
                  id={index === 0 ? fieldId('status') : `${fieldId('status')}-${status}`}
                  className="kern-form-check__radio"
                  type="radio"
                  value={status}
                  {...form.register('status')}
                />
                <label
                  className="kern-label"
                  htmlFor={index === 0 ? fieldId('status') : `${fieldId('status')}-${status}`}
                >
                  {t(`conceptStatus.${status}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        {field(
          'adoptedOn',
          <input
            {...common('adoptedOn')}
            className={`${inputClass('adoptedOn')} kern-form-input__input--width-10`}
            type="date"
            max={todayInBerlin()}
            required={needsDate}
          />,
          !needsDate,
        )}
        {field(
          'fundingProgramme',
          <input
            {...common('fundingProgramme')}
            className={inputClass('fundingProgramme')}
            type="text"
          />,
        )}
        {field(
          'fundingReference',
          <input
            {...common('fundingReference')}
            className={inputClass('fundingReference')}
            type="text"
            spellCheck={false}
          />,
        )}
        {field('note', <textarea {...common('note')} className={inputClass('note')} rows={4} />)}
        <div className="kn-inline">
          <button
            type="submit"
            className="kern-btn kern-btn--primary"
            disabled={mutation.isPending}
          >
            <span className="kern-label">
              {mutation.isPending ? t('concept.saving') : t('concept.save')}
            </span>
          </button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}>
            <span className="kern-label">{t('concept.cancel')}</span>
          </button>
        </div>
      </form>
    </div>
  );
}
