import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { LeavePageDialog } from '@/components/ui/leave-page-dialog';
import { useTranslation } from 'react-i18next';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { type VersionedProfile, useUpdateProfile } from '@/api/me';
import { MunicipalityPicker } from '@/components/ui/municipality-picker';
import { FormStatus } from '@/components/ui/form-status';
import {
  fieldId,
  fieldOfViolation,
  LIMITS,
  PROFILE_FIELDS,
  sameValues,
  toInput,
  toValues,
  validate,
  type FieldErrorKey,
  type ProfileField,
  type ProfileValues,
} from '@/features/profile/components/profile-values';
import { TopicsField } from '@/features/profile/components/topics-field';
import { formatNumber, todayInBerlin } from '@/lib/format';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useKernForm } from '@/lib/use-kern-form';

type ProfileFormProps = {
  initial: VersionedProfile;
  /** Reads the profile again (after a 412); resolves to the fresh version. */
  onReload: () => Promise<VersionedProfile | undefined>;
};

export function ProfileForm({ initial, onReload }: ProfileFormProps) {
  const { t, i18n } = useTranslation('profile');
  const [etag, setEtag] = useState(initial.etag);
  const [notice, setNotice] = useState('');
  const mutation = useUpdateProfile();
  const engine = useKernForm<ProfileValues, ProfileField>({
    initial: toValues(initial.profile),
    validate: (values) => {
      const invalid = validate(values, todayInBerlin());
      return Object.fromEntries(
        Object.entries(invalid).map(([field, key]) => [field, t(key as FieldErrorKey)]),
      );
    },
    fieldOf: fieldOfViolation,
    order: () => PROFILE_FIELDS,
    controlOf: fieldId,
    same: sameValues,
  });
  const { form, values, errors } = engine;
  const bioLength = values.bio.length;
  const debouncedBioLength = useDebouncedValue(bioLength, 1000);

  const onSubmit = engine.submit((sent) => {
    setNotice('');
    mutation.mutate(
      { input: toInput(sent), etag },
      {
        onSuccess: (saved) => {
          setEtag(saved.etag);
          engine.reset(toValues(saved.profile));
          setNotice(t('saved'));
        },
        onError: (error) => engine.fail(error, sent),
      },
    );
  });

  const reload = async () => {
    const fresh = await onReload();
    if (!fresh) return;
    setEtag(fresh.etag);
    engine.reset(toValues(fresh.profile));
    setNotice(t('reloaded'));
    document.getElementById(fieldId('displayName'))?.focus();
  };

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
          required={field === 'displayName' ? true : undefined}
          autoComplete={
            field === 'displayName' ? 'name' : field === 'phone' ? 'tel' : 'organization-title'
          }
          aria-invalid={errors[field] ? true : undefined}
          aria-describedby={describedBy(id, true, Boolean(errors[field]))}
          {...form.register(field, { onChange: () => setNotice('') })}
        />
      </FormField>
    );
  };

  return (
    <>
      <FormStatus
        engine={engine}
        texts={{
          conflictTitle: t('errors.conflictTitle'),
          conflictText: t('errors.conflictText'),
          conflictReload: t('errors.conflictReload'),
          saveErrorTitle: t('saveErrorTitle'),
          summaryTitle: t('errors.summaryTitle'),
        }}
        onReload={reload}
        notice={notice}
      />

      <form className="kn-stack-lg kn-form" noValidate onSubmit={onSubmit}>
        <section className="kn-stack-lg" aria-labelledby="profile-about">
          <h2 id="profile-about" className="kern-heading-medium">
            {t('sections.about')}
          </h2>
          {text('displayName')}
          {text('jobTitle')}
          <Controller
            control={form.control}
            name="municipality"
            render={({ field }) => (
              <MunicipalityPicker
                id={fieldId('municipality')}
                legend={t('fields.municipality.legend')}
                hint={t('fields.municipality.hint')}
                optionalText={t('optional')}
                value={field.value}
                onChange={(municipality) => {
                  field.onChange(municipality);
                  setNotice('');
                }}
                error={errors.municipality}
              />
            )}
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
              aria-invalid={errors.inOfficeSince ? true : undefined}
              aria-describedby={describedBy(
                fieldId('inOfficeSince'),
                true,
                Boolean(errors.inOfficeSince),
              )}
              {...form.register('inOfficeSince', { onChange: () => setNotice('') })}
            />
          </FormField>
          <Controller
            control={form.control}
            name="topics"
            render={({ field }) => (
              <TopicsField
                topics={field.value}
                onChange={(topics) => {
                  field.onChange(topics);
                  setNotice('');
                }}
                error={errors.topics}
              />
            )}
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
              aria-invalid={errors.bio ? true : undefined}
              aria-describedby={describedBy(
                fieldId('bio'),
                true,
                Boolean(errors.bio),
                `${fieldId('bio')}-count`,
              )}
              {...form.register('bio', { onChange: () => setNotice('') })}
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
                    aria-describedby={`${fieldId(field)}-hint`}
                    {...form.register(field, { onChange: () => setNotice('') })}
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
          {engine.dirty && <p className="kern-body kern-body--small">{t('unsaved')}</p>}
        </div>
      </form>

      <LeavePageDialog blocker={engine.blocker} texts={t('leave', { returnObjects: true })} />
    </>
  );
}
