import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@/lib/i18n';

/** Two toggle buttons; each language's name is written in that language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;

  return (
    <div className="kn-language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className={`kern-btn ${current === language ? 'kern-btn--primary' : 'kern-btn--tertiary'}`}
          aria-pressed={current === language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          <span className="kern-label">{t(`language.${language}`)}</span>
        </button>
      ))}
    </div>
  );
}
