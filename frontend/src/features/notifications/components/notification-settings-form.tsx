import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '@/components/ui/form-field';
import { LeavePageDialog } from '@/components/ui/leave-page-dialog';
import { FormStatus } from '@/components/ui/form-status';
import { profileInputOf, useUpdateProfile, type Profile, type VersionedProfile } from '@/api/me';
import {
  NOTIFICATION_CATEGORIES,
  useUpdateNotificationSettings,
  type NotificationCategory,
  type NotificationSettings,
  type VersionedNotificationSettings,
} from '@/features/notifications/api/notification-settings';
import { LANGUAGES } from '@/lib/i18n';
import { useKernForm } from '@/lib/use-kern-form';

type MailLanguage = Profile['language'];
type Values = NotificationSettings & { language: MailLanguage };
type Field = NotificationCategory | 'language';

const FIELDS: readonly Field[] = [...NOTIFICATION_CATEGORIES, 'language'];

/** The id of the control an error of `field` points to (the summary links there). */
function controlOf(field: Field): string {
  return field === 'language' ? 'notification-language-de' : `notification-${field}`;
}

/** The switches alone (the API refuses unknown fields). */
function settingsOf(values: NotificationSettings): NotificationSettings {
  return Object.fromEntries(
    NOTIFICATION_CATEGORIES.map((category) => [category, values[category]]),
  ) as NotificationSettings;
}

function valuesOf(settings: NotificationSettings, profile: Profile): Values {
  return { ...settingsOf(settings), language: profile.language };
}

function sameSettings(a: Values, b: Values): boolean {
  return NOTIFICATION_CATEGORIES.every((category) => a[category] === b[category]);
}

/** What was last read or saved, with the versions a change must name in `If-Match`. */
type Saved = { settings: VersionedNotificationSettings; profile: VersionedProfile };

type NotificationSettingsFormProps = Saved & {
  /** Reads both again (after a 412); resolves to the fresh versions. */
  onReload: () => Promise<Saved | undefined>;
};

/**
 * The five switches and the language of the mails, saved with one button. They are two resources
 * (the settings, and the profile's `language`): only what changed is sent, each with its own
 * ETag, and `PUT /me` carries the rest of the profile unchanged.
 */
export function NotificationSettingsForm({
  settings,
  profile,
  onReload,
}: NotificationSettingsFormProps) {
  const { t } = useTranslation('notifications');
  const [saved, setSaved] = useState<Saved>({ settings, profile });
  const [notice, setNotice] = useState('');
  const updateSettings = useUpdateNotificationSettings();
  const updateProfile = useUpdateProfile();
  const engine = useKernForm<Values, Field>({
    initial: valuesOf(settings.settings, profile.profile),
    // only switches and one of two languages: nothing to check before sending
    validate: () => ({}),
    fieldOf: (path) => FIELDS.find((field) => path?.split('.').pop() === field),
    order: () => FIELDS,
    controlOf,
  });
  const { form, errors } = engine;
  const busy = updateSettings.isPending || updateProfile.isPending;

  const persist = async (sent: Values) => {
    const before = valuesOf(saved.settings.settings, saved.profile.profile);
    let next = saved;
    try {
      if (!sameSettings(sent, before)) {
        const stored = await updateSettings.mutateAsync({
          settings: settingsOf(sent),
          etag: saved.settings.etag,
        });
        next = { ...next, settings: stored };
      }
      if (sent.language !== before.language) {
        const stored = await updateProfile.mutateAsync({
          input: { ...profileInputOf(saved.profile.profile), language: sent.language },
          etag: saved.profile.etag,
        });
        next = { ...next, profile: stored };
      }
      setSaved(next);
      engine.reset(valuesOf(next.settings.settings, next.profile.profile));
      setNotice(t('settings.saved'));
    } catch (error) {
      if (next !== saved) {
        // the switches were saved, the language was not: that part stays a change to save
        setSaved(next);
        engine.reset(valuesOf(next.settings.settings, next.profile.profile));
        form.setValue('language', sent.language);
      }
      engine.fail(error, sent);
    }
  };

  const onSubmit = engine.submit((sent) => {
    setNotice('');
    void persist(sent);
  });

  const reload = async () => {
    const fresh = await onReload();
    if (!fresh) return;
    setSaved(fresh);
    engine.reset(valuesOf(fresh.settings.settings, fresh.profile.profile));
    setNotice(t('settings.reloaded'));
    document.getElementById(controlOf(NOTIFICATION_CATEGORIES[0]!))?.focus();
  };

  return (
    <>
      <FormStatus
        engine={engine}
        texts={{
          conflictTitle: t('settings.conflictTitle'),
          conflictText: t('settings.conflictText'),
          conflictReload: t('settings.conflictReload'),
          saveErrorTitle: t('settings.saveErrorTitle'),
          summaryTitle: t('settings.summaryTitle'),
        }}
        onReload={reload}
        notice={notice}
      />

      <form className="kn-stack-lg kn-form" noValidate onSubmit={onSubmit}>
        <fieldset className="kern-fieldset" aria-describedby="notification-categories-hint">
          <legend className="kern-label">{t('settings.categoriesLegend')}</legend>
          <div className="kern-fieldset__body">
            <div className="kern-hint" id="notification-categories-hint">
              {t('settings.categoriesHint')}
            </div>
            {NOTIFICATION_CATEGORIES.map((category) => {
              const id = controlOf(category);
              return (
                <div
                  key={category}
                  className={`kern-form-check${errors[category] ? ' kern-form-check--error' : ''}`}
                >
                  <input
                    id={id}
                    className="kern-form-check__checkbox"
                    type="checkbox"
                    aria-describedby={errors[category] ? `${id}-hint ${id}-error` : `${id}-hint`}
                    aria-invalid={errors[category] ? true : undefined}
                    {...form.register(category, { onChange: () => setNotice('') })}
                  />
                  <label className="kern-label" htmlFor={id}>
                    {t(`categories.${category}.label`)}
                  </label>
                  <div className="kern-hint kn-check-hint" id={`${id}-hint`}>
                    {t(`categories.${category}.hint`)}
                  </div>
                  {errors[category] && (
                    <div className="kn-check-hint">
                      <FieldError id={`${id}-error`} message={errors[category]} />
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        </fieldset>

        <fieldset
          className={`kern-fieldset${errors.language ? ' kern-fieldset--error' : ''}`}
          aria-describedby="notification-language-hint"
        >
          <legend className="kern-label">{t('settings.languageLegend')}</legend>
          <div className="kern-fieldset__body">
            <div className="kern-hint" id="notification-language-hint">
              {t('settings.languageHint')}
            </div>
            {errors.language && (
              <FieldError id="notification-language-error" message={errors.language} />
            )}
            {LANGUAGES.map((language) => {
              const id = `notification-language-${language}`;
              return (
                <div key={language} className="kern-form-check">
                  <input
                    id={id}
                    className="kern-form-check__radio"
                    type="radio"
                    value={language}
                    {...form.register('language', { onChange: () => setNotice('') })}
                  />
                  <label className="kern-label" htmlFor={id} lang={language}>
                    {t(`languages.${language}`)}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>

        <div className="kn-inline">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
            <span className="kern-label">{busy ? t('settings.saving') : t('settings.save')}</span>
          </button>
          {engine.dirty && <p className="kern-body kern-body--small">{t('settings.unsaved')}</p>}
        </div>
      </form>

      <LeavePageDialog
        blocker={engine.blocker}
        texts={t('settings.leave', { returnObjects: true })}
      />
    </>
  );
}
