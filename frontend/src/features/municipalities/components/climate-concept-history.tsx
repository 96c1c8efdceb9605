import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ui/problem-alert';
import {
  useClimateConceptHistory,
  type ClimateConceptChangePage,
} from '@/features/municipalities/api/climate-concept';
import { formatDate, formatDateTime } from '@/lib/format';

type FieldChange = ClimateConceptChangePage['items'][number]['changes'][number];

/** Newest change first: who, when, and each field from → to, in words rather than codes. */
export function ClimateConceptHistory({ municipalityId }: { municipalityId: string }) {
  const { t, i18n } = useTranslation('municipalities');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const [page, setPage] = useState(0);
  const query = useClimateConceptHistory(municipalityId, page);

  const value = (change: FieldChange, raw: string | null) => {
    if (raw === null || raw === '') return t('concept.empty');
    if (change.field === 'status') return t(`conceptStatus.${raw as 'ADOPTED'}`);
    if (change.field === 'adoptedOn') return formatDate(raw, locale);
    return raw;
  };

  return (
    <section aria-labelledby="concept-history" className="kn-stack">
      <h3 id="concept-history" className="kern-heading-small">
        {t('concept.historyTitle')}
      </h3>
      {query.isError && (
        <ProblemAlert
          title={t('concept.historyErrorTitle')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      {query.isSuccess && query.data.totalItems === 0 && (
        <p className="kern-body">{t('concept.historyEmpty')}</p>
      )}
      {query.isSuccess && query.data.items.length > 0 && (
        <ol className="kern-list kn-history" aria-busy={query.isPlaceholderData}>
          {query.data.items.map((entry) => (
            <li key={entry.id} className="kn-stack">
              <p className="kern-body kern-body--bold">
                <time dateTime={entry.changedAt}>{formatDateTime(entry.changedAt, locale)}</time>
                {' – '}
                {entry.changedBy?.displayName ?? t('concept.unknownPerson')}
              </p>
              <ul className="kern-list">
                {entry.changes.map((change) => (
                  <li key={change.field}>
                    {t(`concept.fields.${change.field}`)}: {value(change, change.from)}{' '}
                    <span aria-hidden="true">→</span>
                    <span className="kern-sr-only">{t('concept.changedTo')}</span>{' '}
                    {value(change, change.to)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {query.isSuccess && query.data.totalPages > 1 && (
        <div className="kn-inline">
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            disabled={page === 0}
            onClick={() => setPage((p) => p - 1)}
          >
            <span className="kern-label">{t('concept.newer')}</span>
          </button>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            disabled={page >= query.data.totalPages - 1}
            onClick={() => setPage((p) => p + 1)}
          >
            <span className="kern-label">{t('concept.older')}</span>
          </button>
        </div>
      )}
    </section>
  );
}
