import { useState, type FormEvent } from 'react';
import { LeavePageDialog } from '@/components/ui/leave-page-dialog';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { type VersionedProfile, useUpdateProfile } from '@/api/me';
import { MunicipalityPicker } from '@/components/ui/municipality-picker';
import {
  fieldId,
  fieldOfViolation,
  LIMITS,
  PROFILE_FIELDS,
  sameValues,
  toInput,
  toValues,
  validate,
  type ProfileField,
  type ProfileValues,
} from '@/features/profile/components/profile-values';
import { TopicsField } from '@/features/profile/components/topics-field';
import { isVersionConflict } from '@/lib/api-client';
import { sortViolations } from '@/lib/violations';
import { formatNumber, todayInBerlin } from '@/lib/format';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useUnsavedChangesWarning } from '@/lib/use-unsaved-changes-warning';

type ProfileFormProps = {
  initial: VersionedProfile;
  /** Reads the profile again (after a 412); resolves to the fresh version. */
  onReload: () => Promise<VersionedProfile | undefined>;
};

type FieldErrors = Partial<Record<ProfileField, string>>;

export function ProfileForm({ initial, onReload }: ProfileFormProps) {
  const { t, i18n } = useTranslation('profile');
  const [baseline, setBaseline] = useState(initial);
  const [values, setValues] = useState<ProfileValues>(() => toValues(initial.profile));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [summaryFocus, setSummaryFocus] = useState(0);
  const [notice, setNotice] = useState('');
  const [conflict, setConflict] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const mutation = useUpdateProfile();

  const dirty = !sameValues(values, toValues(baseline.profile));
  const blocker = useUnsavedChangesWarning(dirty);
  const bioLength = values.bio.length;
  const debouncedBioLength = useDebouncedValue(bioLength, 1000);

  const set = <K extends keyof ProfileValues>(key: K, value: ProfileValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setNotice('');
  };

  const showErrors = (fieldErrors: FieldErrors, other: string[] = []) => {
    setErrors(fieldErrors);
    setFormErrors(other);
    setSummaryFocus((n) => n + 1);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setNotice('');
    setConflict(false);
    setSaveError(null);
    const invalid = validate(values, todayInBerlin());
    const keys = Object.keys(invalid) as ProfileField[];
    if (keys.length > 0) {
      const messages: FieldErrors = {};
      for (const key of keys) messages[key] = t(invalid[key]!);
      showErrors(messages);
      return;
    }
    setErrors({});
    setFormErrors([]);
    mutation.mutate(
      { input: toInput(values), etag: baseline.etag },
      {
        onSuccess: (saved) => {
          setBaseline(saved);
          setValues(toValues(saved.profile));
          setNotice(t('saved'));
        },
        onError: (error) => {
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
        },
      },
    );
  };

  const reload = async () => {
    const fresh = await onReload();
    if (!fresh) return;
    setBaseline(fresh);
    setValues(toValues(fresh.profile));
    setErrors({});
    setFormErrors([]);
    setConflict(false);
    setNotice(t('reloaded'));
    document.getElementById(fieldId('displayName'))?.focus();
  };

  const summary: SummaryError[] = [
    ...PROFILE_FIELDS.filter((field) => errors[field]).map((field) => ({
      fieldId: fieldId(field),
      message: errors[field]!,
    })),
    ...formErrors.map((message) => ({ message })),
  ];

  const bioRemaining = LIMITS.bio - bioLength;
  const bioCount = (remaining: number) =>
    remaining >= 0
      ? t('fields.bio.remaining', {
          count: remaining,
          formatted: formatNumber(remaining, i18n.language),
        })
      : t('fields.bio.over', {
          count: -remaining,
          formatted: formatNumber(-remaining, i18n.language),
        });

  const text = (field: 'displayName' | 'jobTitle' | 'phone', type: 'text' | 'tel' = 'text') => {
    const id = fieldId(field);
    return (
      <FormField
        id={id}
        label={t(`fields.${field}.label`)}
        hint={t(`fields.${field}.hint`)}
        error={errors[field]}
        optionalText={field === 'displayName' ? undefined : t('optional')}
      >
        <input
          id={id}
          className={inputClass(errors[field])}
          type={type}
          value={values[field]}
          required={field === 'displayName' ? true : undefined}
          autoComplete={
            field === 'displayName' ? 'name' : field === 'phone' ? 'tel' : 'organization-title'
          }
          aria-invalid={errors[field] ? true : undefined}
          aria-describedby={describedBy(id, true, Boolean(errors[field]))}
          onChange={(event) => set(field, event.target.value)}
        />
      </FormField>
    );
  };

  return (
    <>
      {conflict && (
        <ConflictAlert
          title={t('errors.conflictTitle')}
          text={t('errors.conflictText')}
          reloadLabel={t('errors.conflictReload')}
          onReload={reload}
        />
      )}

      {saveError !== null && <ProblemAlert title={t('saveErrorTitle')} error={saveError} />}

      <ErrorSummary title={t('errors.summaryTitle')} errors={summary} focusKey={summaryFocus} />

      <div role="status" aria-live="polite">
        {notice && (
          <div className="kern-alert kern-alert--success">
            <div className="kern-alert__header">
              <span className="kern-icon kern-icon--success" aria-hidden="true" />
              <p className="kern-title">{notice}</p>
            </div>
          </div>
        )}
      </div>

      <form className="kn-stack-lg kn-form" noValidate onSubmit={onSubmit}>
        <section className="kn-stack-lg" aria-labelledby="profile-about">
          <h2 id="profile-about" className="kern-heading-medium">
            {t('sections.about')}
          </h2>
          {text('displayName')}
          {text('jobTitle')}
          <MunicipalityPicker
            id={fieldId('municipality')}
            legend={t('fields.municipality.legend')}
            hint={t('fields.municipality.hint')}
            optionalText={t('optional')}
            value={values.municipality}
            onChange={(municipality) => set('municipality', municipality)}
            error={errors.municipality}
          />
          <FormField
            id={fieldId('inOfficeSince')}
            label={t('fields.inOfficeSince.label')}
            hint={t('fields.inOfficeSince.hint')}
            error={errors.inOfficeSince}
            optionalText={t('optional')}
          >
            <input
              id={fieldId('inOfficeSince')}
              className={`${inputClass(errors.inOfficeSince)} kern-form-input__input--width-10`}
              type="date"
              max={todayInBerlin()}
              value={values.inOfficeSince}
              aria-invalid={errors.inOfficeSince ? true : undefined}
              aria-describedby={describedBy(
                fieldId('inOfficeSince'),
                true,
                Boolean(errors.inOfficeSince),
              )}
              onChange={(event) => set('inOfficeSince', event.target.value)}
            />
          </FormField>
          <TopicsField
            topics={values.topics}
            onChange={(topics) => set('topics', topics)}
            error={errors.topics}
          />
          <FormField
            id={fieldId('bio')}
            label={t('fields.bio.label')}
            hint={t('fields.bio.hint')}
            error={errors.bio}
            optionalText={t('optional')}
          >
            <textarea
              id={fieldId('bio')}
              className={inputClass(errors.bio)}
              rows={6}
              value={values.bio}
              aria-invalid={errors.bio ? true : undefined}
              aria-describedby={describedBy(
                fieldId('bio'),
                true,
                Boolean(errors.bio),
                `${fieldId('bio')}-count`,
              )}
              onChange={(event) => set('bio', event.target.value)}
            />
            <p
              id={`${fieldId('bio')}-count`}
              className={bioRemaining < 0 ? 'kern-error kern-body' : 'kern-hint'}
            >
              {bioCount(bioRemaining)}
            </p>
            <p className="kern-sr-only" aria-live="polite">
              {debouncedBioLength === bioLength && debouncedBioLength > 0
                ? bioCount(LIMITS.bio - debouncedBioLength)
                : ''}
            </p>
          </FormField>
        </section>

        <section className="kn-stack-lg" aria-labelledby="profile-contact">
          <h2 id="profile-contact" className="kern-heading-medium">
            {t('sections.contact')}
          </h2>
          {text('phone', 'tel')}
          <fieldset className="kern-fieldset" aria-describedby="profile-privacy-hint">
            <legend className="kern-label">{t('fields.privacy.legend')}</legend>
            <div className="kern-fieldset__body kn-stack">
              <div className="kern-hint" id="profile-privacy-hint">
                {t('fields.privacy.hint')}
              </div>
              {(['showEmail', 'showPhone'] as const).map((field) => (
                <div key={field} className="kern-form-check">
                  <input
                    id={fieldId(field)}
                    className="kern-form-check__checkbox"
                    type="checkbox"
                    checked={values[field]}
                    aria-describedby={`${fieldId(field)}-hint`}
                    onChange={(event) => set(field, event.target.checked)}
                  />
                  <label className="kern-label" htmlFor={fieldId(field)}>
                    {t(`fields.${field}.label`)}
                  </label>
                  <div className="kern-hint kn-check-hint" id={`${fieldId(field)}-hint`}>
                    {t(`fields.${field}.hint`)}
                  </div>
                </div>
              ))}
            </div>
          </fieldset>
        </section>

        <div className="kn-inline">
          <button
            type="submit"
            className="kern-btn kern-btn--primary"
            disabled={mutation.isPending}
          >
            <span className="kern-label">{mutation.isPending ? t('saving') : t('save')}</span>
          </button>
          {dirty && <p className="kern-body kern-body--small">{t('unsaved')}</p>}
        </div>
      </form>

      <LeavePageDialog blocker={blocker} texts={t('leave', { returnObjects: true })} />
    </>
  );
}
