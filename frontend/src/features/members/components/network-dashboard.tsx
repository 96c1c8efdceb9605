import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '@/components/ui/data-table';
import { LoadingState } from '@/components/ui/loading-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useNetworkStats, type NetworkStats } from '@/features/members/api/get-network-stats';
import { ApiError } from '@/lib/api-client';
import { formatDate, formatNumber } from '@/lib/format';

type Row = { key: string; label: string; count: number };

/** Horizontal bars drawn with CSS; hidden from assistive technology, the table beside it carries the numbers. */
function BarChart({ rows }: { rows: Row[] }) {
  const max = Math.max(1, ...rows.map((row) => row.count));
  return (
    <div className="kn-bars" aria-hidden="true">
      {rows.map((row) => (
        <div key={row.key} className="kn-bars__row">
          <span className="kn-bars__label">{row.label}</span>
          <span className="kn-bars__track">
            <span className="kn-bars__bar" style={{ width: `${(row.count / max) * 100}%` }} />
          </span>
          <span className="kn-bars__value kn-tabular">{row.count}</span>
        </div>
      ))}
    </div>
  );
}

function CountTable({
  caption,
  keyHeader,
  countHeader,
  rows,
}: {
  caption: string;
  keyHeader: string;
  countHeader: string;
  rows: Row[];
}) {
  const { i18n } = useTranslation();
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(row) => row.key}
      columns={[
        { label: keyHeader, cell: (row) => row.label },
        {
          label: countHeader,
          numeric: true,
          className: 'kn-tabular',
          cell: (row) => formatNumber(row.count, i18n.language),
        },
      ]}
    />
  );
}

function Dashboard({ networkId, stats }: { networkId: string; stats: NetworkStats }) {
  const { t, i18n } = useTranslation(['members', 'municipalities']);
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const conceptRows = stats.municipalitiesByConceptStatus.map((c) => ({
    key: c.key,
    label: t(`municipalities:conceptStatus.${c.key}` as 'municipalities:conceptStatus.ADOPTED'),
    count: c.count,
  }));
  const kindRows = stats.membersByMunicipalityKind.map((c) => ({
    key: c.key,
    label:
      c.key === 'NONE'
        ? t('dashboard.NONE')
        : t(`municipalities:kind.${c.key}` as 'municipalities:kind.KREIS'),
    count: c.count,
  }));

  return (
    <section aria-labelledby="dashboard-heading" className="kn-stack-lg">
      <h2 id="dashboard-heading" className="kern-heading-medium">
        {t('dashboard.title')}
      </h2>
      <dl className="kn-figures">
        <div>
          <dt className="kern-body">{t('dashboard.members')}</dt>
          <dd className="kern-heading-large kn-tabular">{formatNumber(stats.members, locale)}</dd>
        </div>
        <div>
          <dt className="kern-body">{t('dashboard.newInOffice')}</dt>
          <dd className="kern-heading-large kn-tabular">
            {formatNumber(stats.newInOffice, locale)}
          </dd>
        </div>
      </dl>
      <p>
        <Link to={`/netzwerke/${networkId}/mitglieder`} className="kern-link">
          <span className="kern-icon kern-icon--arrow-forward" aria-hidden="true" />
          {t('directory.link')}
        </Link>
      </p>

      <section aria-labelledby="newcomers-heading" className="kn-stack">
        <h3 id="newcomers-heading" className="kern-heading-small">
          {t('dashboard.newcomersTitle')}
        </h3>
        {stats.newcomers.length === 0 ? (
          <p className="kern-body">{t('dashboard.newcomersEmpty')}</p>
        ) : (
          <>
            <p className="kern-body">{t('dashboard.newcomersIntro')}</p>
            <ul className="kern-list">
              {stats.newcomers.map((newcomer) => (
                <li key={newcomer.participantId}>
                  <Link to={`/personen/${newcomer.participantId}`} className="kern-link">
                    {newcomer.displayName}
                  </Link>
                  {newcomer.municipalityName && `, ${newcomer.municipalityName}`} (
                  {t('dashboard.inOfficeSince', {
                    date: formatDate(newcomer.inOfficeSince, locale),
                  })}
                  )
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="concepts-heading" className="kn-stack">
        <h3 id="concepts-heading" className="kern-heading-small">
          {t('dashboard.conceptTitle')}
        </h3>
        <p className="kern-body">{t('dashboard.conceptIntro')}</p>
        <div className="kn-chart">
          <BarChart rows={conceptRows} />
          <CountTable
            caption={t('dashboard.conceptCaption')}
            keyHeader={t('dashboard.status')}
            countHeader={t('dashboard.municipalities')}
            rows={conceptRows}
          />
        </div>
      </section>

      <section aria-labelledby="kinds-heading" className="kn-stack">
        <h3 id="kinds-heading" className="kern-heading-small">
          {t('dashboard.kindTitle')}
        </h3>
        <div className="kn-chart">
          <BarChart rows={kindRows} />
          <CountTable
            caption={t('dashboard.kindCaption')}
            keyHeader={t('dashboard.kind')}
            countHeader={t('dashboard.members')}
            rows={kindRows}
          />
        </div>
      </section>
    </section>
  );
}

/** The network's numbers for those who may read its directory; a short note for everyone else. */
export function NetworkDashboard({ networkId }: { networkId: string }) {
  const { t } = useTranslation('members');
  const query = useNetworkStats(networkId);

  if (query.error instanceof ApiError && query.error.status === 403) {
    return (
      <section aria-labelledby="dashboard-heading" className="kn-stack">
        <h2 id="dashboard-heading" className="kern-heading-medium">
          {t('dashboard.title')}
        </h2>
        <p className="kern-body">{t('dashboard.forbidden')}</p>
      </section>
    );
  }
  if (query.isPending) return <LoadingState label={t('dashboard.loading')} />;
  if (query.isError) {
    return (
      <ProblemAlert
        title={t('dashboard.errorTitle')}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return <Dashboard networkId={networkId} stats={query.data} />;
}
