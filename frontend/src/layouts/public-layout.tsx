import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { LoadingState } from '@/components/ui/loading-state';
import { Brand, LegalFooter, MAIN_ID, SkipLink } from '@/layouts/shell-parts';

/**
 * The frame of the few pages that work without a login (a mail's unsubscribe link): the app's
 * header, landmarks and footer without the signed-in person and the navigation. Its links load
 * the app anew, which signs in first.
 */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <div className="kn-app">
      <SkipLink />
      <header className="kn-header">
        <div className="kern-container kn-header__bar">
          <Brand reloadDocument />
          <div className="kn-header__tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="kern-container kn-main">
        <Suspense fallback={<LoadingState label={t('pageLoading')} />}>
          <Outlet />
        </Suspense>
      </main>
      <LegalFooter reloadDocument />
    </div>
  );
}
