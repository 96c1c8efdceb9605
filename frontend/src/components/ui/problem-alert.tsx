import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';

type ProblemAlertProps = {
  /** What failed, e.g. "Die Netzwerke konnten nicht geladen werden". */
  title: string;
  error: unknown;
  onRetry?: () => void;
};

/** Shows an API problem by its `title` and `detail` (and violations), or a friendly generic text. */
export function ProblemAlert({ title, error, onRetry }: ProblemAlertProps) {
  const { t } = useTranslation();
  const { login } = useAuth();
  const problem = error instanceof ApiError ? error.problem : undefined;
  const status = error instanceof ApiError ? error.status : undefined;
  const fallback = error instanceof ApiError ? t('error.generic') : t('error.offline');

  return (
    <div className="kern-alert kern-alert--danger" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 className="kern-title">{title}</h2>
      </div>
      <div className="kern-alert__body kn-stack">
        {problem?.title && <p className="kern-body kern-body--bold">{problem.title}</p>}
        <p className="kern-body">{problem?.detail ?? fallback}</p>
        {problem?.violations && problem.violations.length > 0 && (
          <ul className="kern-list">
            {problem.violations.map((violation, index) => (
              <li key={`${violation.field ?? ''}-${index}`}>
                {violation.field ? `${t('error.field', { field: violation.field })}: ` : ''}
                {violation.message}
              </li>
            ))}
          </ul>
        )}
        {status !== undefined && (
          <p className="kern-body kern-body--small">{t('error.status', { status })}</p>
        )}
        {status === 401 ? (
          <p>
            <button type="button" className="kern-btn kern-btn--primary" onClick={login}>
              <span className="kern-label">{t('error.loginAgain')}</span>
            </button>
          </p>
        ) : (
          onRetry && (
            <p>
              <button type="button" className="kern-btn kern-btn--secondary" onClick={onRetry}>
                <span className="kern-label">{t('error.retry')}</span>
              </button>
            </p>
          )
        )}
      </div>
    </div>
  );
}
