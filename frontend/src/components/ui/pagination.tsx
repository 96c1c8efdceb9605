import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type PaginationProps = {
  /** Current page, 0-based as in the API. */
  page: number;
  totalPages: number;
  /** Link target for a 0-based page. */
  hrefFor: (page: number) => string;
};

/** Previous/next links with "Seite x von y"; renders nothing for a single page. */
export function Pagination({ page, totalPages, hrefFor }: PaginationProps) {
  const { t } = useTranslation();
  if (totalPages <= 1) return null;
  const hasPrevious = page > 0;
  const hasNext = page < totalPages - 1;

  return (
    <nav className="kn-pagination" aria-label={t('pagination.label')}>
      {hasPrevious ? (
        <Link className="kern-btn kern-btn--secondary" to={hrefFor(page - 1)} rel="prev">
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
          <span className="kern-label">{t('pagination.previous')}</span>
        </Link>
      ) : (
        <span />
      )}
      <p className="kern-body">{t('pagination.status', { page: page + 1, total: totalPages })}</p>
      {hasNext ? (
        <Link className="kern-btn kern-btn--secondary" to={hrefFor(page + 1)} rel="next">
          <span className="kern-label">{t('pagination.next')}</span>
          <span className="kern-icon kern-icon--arrow-forward" aria-hidden="true" />
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
