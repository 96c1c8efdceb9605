import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '@/components/ui/loading-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useClimateConcept } from '@/features/municipalities/api/climate-concept';
import { ClimateConceptForm } from '@/features/municipalities/components/climate-concept-form';
import { ClimateConceptHistory } from '@/features/municipalities/components/climate-concept-history';
import { formatDate, formatDateTime } from '@/lib/format';

type ClimateConceptSectionProps = {
  municipalityId: string;
  /** Whether to offer "Bearbeiten"; only a guess from roles and memberships, the API decides. */
  mayEdit: boolean;
};

/** The municipality's climate-protection concept, its editing form and its history. */
export function ClimateConceptSection({ municipalityId, mayEdit }: ClimateConceptSectionProps) {
  const { t, i18n } = useTranslation('municipalities');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const query = useClimateConcept(municipalityId);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  const [focusKey, setFocusKey] = useState(0);
  const editRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusKey > 0) editRef.current?.focus();
  }, [focusKey]);

  const notGiven = t('concept.notGiven');
  const item = (key: string, label: string, value: ReactNode) => (
    <div key={key} className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{label}</dt>
      <dd className="kern-description-list-item__value">{value}</dd>
    </div>
  );

  return (
    <section aria-labelledby="concept-heading" className="kn-stack-lg">
      <h2 id="concept-heading" className="kern-heading-medium">
        {t('concept.title')}
      </h2>
      {query.isPending && <LoadingState label={t('concept.loading')} />}
      {query.isError && (
        <ProblemAlert
          title={t('concept.errorTitle')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      <div role="status" aria-live="polite">
        {notice && (
          <div className="kern-alert kern-alert--success">
            <div className="kern-alert__header">
              <span className="kern-icon kern-icon--success" aria-hidden="true" />
              <p className="kern-title">{notice}</p>
            </div>
          </div>
        )}
      </div>
      {query.isSuccess &&
        (editing ? (
          <ClimateConceptForm
            municipalityId={municipalityId}
            current={query.data}
            onSaved={() => {
              setEditing(false);
              setNotice(t('concept.saved'));
              setFocusKey((n) => n + 1);
            }}
            onCancel={() => {
              setEditing(false);
              setFocusKey((n) => n + 1);
            }}
          />
        ) : (
          <>
            <dl className="kern-description-list">
              {item(
                'status',
                t('concept.fields.status'),
                t(`conceptStatus.${query.data.concept.status}`),
              )}
              {item(
                'adoptedOn',
                t('concept.fields.adoptedOn'),
                query.data.concept.adoptedOn ? (
                  <time dateTime={query.data.concept.adoptedOn}>
                    {formatDate(query.data.concept.adoptedOn, locale)}
                  </time>
                ) : (
                  notGiven
                ),
              )}
              {item(
                'fundingProgramme',
                t('concept.fields.fundingProgramme'),
                query.data.concept.fundingProgramme ?? notGiven,
              )}
              {item(
                'fundingReference',
                t('concept.fields.fundingReference'),
                query.data.concept.fundingReference ?? notGiven,
              )}
              {item('note', t('concept.fields.note'), query.data.concept.note ?? notGiven)}
              {item(
                'updated',
                t('concept.lastChanged'),
                query.data.concept.updatedAt ? (
                  <>
                    <time dateTime={query.data.concept.updatedAt}>
                      {formatDateTime(query.data.concept.updatedAt, locale)}
                    </time>
                    {query.data.concept.updatedBy &&
                      ` ${t('concept.by', { name: query.data.concept.updatedBy.displayName })}`}
                  </>
                ) : (
                  t('concept.neverRecorded')
                ),
              )}
            </dl>
            {mayEdit && (
              <p>
                <button
                  ref={editRef}
                  type="button"
                  className="kern-btn kern-btn--secondary"
                  onClick={() => {
                    setNotice('');
                    setEditing(true);
                  }}
                >
                  <span className="kern-icon kern-icon--edit" aria-hidden="true" />
                  <span className="kern-label">{t('concept.edit')}</span>
                </button>
              </p>
            )}
          </>
        ))}
      <ClimateConceptHistory municipalityId={municipalityId} />
    </section>
  );
}
