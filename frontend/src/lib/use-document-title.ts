import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sets `<title>` to "<page> – Klimanetz" while the page is shown; in the same commit as the page's
 * content (a layout effect), so the title never lags behind the page it names.
 */
export function useDocumentTitle(pageTitle: string): void {
  const { t } = useTranslation();
  const appName = t('appName');
  useLayoutEffect(() => {
    document.title = pageTitle ? `${pageTitle} – ${appName}` : appName;
  }, [pageTitle, appName]);
}
