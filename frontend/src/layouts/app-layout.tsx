import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { LoadingState } from '@/components/ui/loading-state';
import { Brand, LegalFooter, MAIN_ID, SkipLink } from '@/layouts/shell-parts';
import { useAuth } from '@/lib/auth';

/**
 * Moves focus to <main> after client-side navigation so screen readers start at the new page.
 * A navigation with `state: { keepFocus: true }` (e.g. a search field writing its query into the
 * address while the user types) leaves the focus where it is.
 */
function useFocusMainOnNavigation() {
  const { pathname, search, state } = useLocation() as {
    pathname: string;
    search: string;
    state: unknown;
  };
  const keepFocus =
    typeof state === 'object' &&
    state !== null &&
    (state as { keepFocus?: unknown }).keepFocus === true;
  const mainRef = useRef<HTMLElement>(null);
  // Compare with the last address rather than counting renders: StrictMode runs effects twice on mount.
  const lastAddress = useRef(pathname + search);
  useEffect(() => {
    const address = pathname + search;
    if (lastAddress.current === address) return;
    lastAddress.current = address;
    if (keepFocus) return;
    mainRef.current?.focus();
    window.scrollTo?.(0, 0);
  }, [pathname, search, keepFocus]);
  return mainRef;
}

export function AppLayout() {
  const { t } = useTranslation();
  const { userName, roles, logout } = useAuth();
  const mainRef = useFocusMainOnNavigation();
  // A page's code is fetched on its first visit; until then the previous page stays, marked busy.
  const pageLoading = useNavigation().state === 'loading';

  return (
    <div className="kn-app">
      <SkipLink />
      <header className="kn-header">
        <div className="kern-container kn-header__bar">
          <Brand />
          <div className="kn-header__tools">
            <LanguageSwitch />
            <div className="kn-user">
              <p className="kern-body kern-body--small">
                {t('user.signedInAs')} <strong>{userName}</strong>
              </p>
              <NavLink to="/profil" end className="kern-link">
                <span className="kern-icon kern-icon--account-circle" aria-hidden="true" />
                {t('user.profile')}
              </NavLink>
              <NavLink to="/profil/benachrichtigungen" className="kern-link">
                <span className="kern-icon kern-icon--mail" aria-hidden="true" />
                {t('user.notifications')}
              </NavLink>
              <button type="button" className="kern-btn kern-btn--secondary" onClick={logout}>
                <span className="kern-icon kern-icon--logout" aria-hidden="true" />
                <span className="kern-label">{t('user.logout')}</span>
              </button>
            </div>
          </div>
        </div>
        <nav className="kn-nav" aria-label={t('nav.label')}>
          <ul className="kern-container kn-nav__list">
            <li>
              <NavLink to="/" end className="kern-link kn-nav__link">
                {t('nav.overview')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/netzwerke" className="kern-link kn-nav__link">
                {t('nav.networks')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/kommunen" className="kern-link kn-nav__link">
                {t('nav.municipalities')}
              </NavLink>
            </li>
            {roles.includes('admin') && (
              <>
                <li>
                  <NavLink to="/admin/zustellprobleme" className="kern-link kn-nav__link">
                    {t('nav.deliveries')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/admin/webhooks" className="kern-link kn-nav__link">
                    {t('nav.webhooks')}
                  </NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
      </header>
      {pageLoading && <div className="kn-page-progress" aria-hidden="true" />}
      <main
        id={MAIN_ID}
        ref={mainRef}
        tabIndex={-1}
        className="kern-container kn-main"
        aria-busy={pageLoading || undefined}
      >
        {/* A page's translations are fetched when it first asks for them (lib/i18n.ts). */}
        <Suspense fallback={<LoadingState label={t('pageLoading')} />}>
          <Outlet />
        </Suspense>
      </main>
      <LegalFooter />
    </div>
  );
}
