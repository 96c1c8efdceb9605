import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { useDocumentTitle } from '@/lib/use-document-title';

/**
 * A page that failed: most often its code could not be fetched (Klimanetz was updated while the
 * tab was open, or the connection dropped). Reloading fetches the current version.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  useDocumentTitle(t('pageError.title'));
  useEffect(() => {
    console.error('Klimanetz could not show the page', error);
  }, [error]);

  return (
    <div className="kn-stack-lg">
      <h1 className="kern-heading-large">{t('pageError.title')}</h1>
      <p className="kern-body kn-prose">{t('pageError.text')}</p>
      <p>
        <button
          type="button"
          className="kern-btn kern-btn--primary"
          onClick={() => window.location.reload()}
        >
          <span className="kern-label">{t('pageError.reload')}</span>
        </button>
      </p>
    </div>
  );
}
