import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@/lib/use-document-title';

export function NotFoundRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="kn-stack-lg">
      <h1 className="kern-heading-large">{t('notFound.title')}</h1>
      <p className="kern-body">{t('notFound.text')}</p>
      <p>
        <Link to="/netzwerke" className="kern-link">
          {t('notFound.back')}
        </Link>
      </p>
    </div>
  );
}
