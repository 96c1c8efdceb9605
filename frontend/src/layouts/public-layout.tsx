import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { MAIN_ID } from '@/layouts/app-layout';

/**
 * The frame of the few pages that work without a login (a mail's unsubscribe link): the same
 * header, landmarks and footer as the app, without the signed-in person and the navigation. Its
 * links leave for the app with a full page load, which signs in first.
 */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <div className="kn-app">
      <a className="kn-skip-link kern-link" href={`#${MAIN_ID}`}>
        {t('skipLink')}
      </a>
      <header className="kn-header">
        <div className="kern-container kn-header__bar">
          <p className="kn-brand">
            <a href="/" className="kern-link kn-brand__link">
              {t('appName')}
            </a>
            <span className="kern-body kern-body--small kn-brand__tagline">{t('tagline')}</span>
          </p>
          <div className="kn-header__tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="kern-container kn-main">
        <Outlet />
      </main>
      <footer className="kn-footer">
        <nav className="kern-container" aria-label={t('footer.label')}>
          <ul className="kern-list kern-list--horizontal kn-footer__list">
            <li>
              <a href="/impressum" className="kern-link">
                {t('footer.imprint')}
              </a>
            </li>
            <li>
              <a href="/datenschutz" className="kern-link">
                {t('footer.privacy')}
              </a>
            </li>
          </ul>
        </nav>
      </footer>
    </div>
  );
}
