import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import type {
  AttendanceReport,
  AttendanceReportRow,
} from '@/features/session-records/api/attendance-report';
import { formatDate, formatNumber } from '@/lib/format';

const PARTS = ['present', 'excused', 'absent'] as const;
type Part = (typeof PARTS)[number];

function useQuota() {
  const { t, i18n } = useTranslation('sessions');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return (row: AttendanceReportRow) =>
    row.sessionsHeld === 0
      ? t('report.noQuota')
      : t('report.quota', {
          value: formatNumber(Math.round((row.present / row.sessionsHeld) * 100), locale),
        });
}

/**
 * Horizontal stacked bars, one per person: present, excused, absent, each with its own pattern
 * and named in the legend, so no information depends on colour. A bar's length is the sessions
 * held during that person's membership. Each bar has a text alternative; the table next to it
 * carries the same numbers.
 */
function StackedBars({ report, captionId }: { report: AttendanceReport; captionId: string }) {
  const { t, i18n } = useTranslation('sessions');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const quota = useQuota();
  const max = Math.max(1, report.sessionsHeld, ...report.rows.map((row) => row.sessionsHeld));
  const label = (part: Part) => t(`report.${part}`);
  return (
    <figure className="kn-stacked" aria-labelledby={captionId}>
      <figcaption id={captionId} className="kern-title kern-title--small">
        {t('report.chartCaption')}
      </figcaption>
      <ul className="kn-stacked__legend" aria-label={t('report.legend')}>
        {PARTS.map((part) => (
          <li key={part}>
            <span className={`kn-stacked__swatch kn-stacked__part--${part}`} aria-hidden="true" />
            {label(part)}
          </li>
        ))}
      </ul>
      <ul className="kn-stacked__rows">
        {report.rows.map((row) => (
          <li key={row.participant.id} className="kn-stacked__row">
            <span className="kn-stacked__label">{row.participant.displayName}</span>
            <span
              className="kn-stacked__track"
              role="img"
              aria-label={t('report.barText', {
                name: row.participant.displayName,
                present: formatNumber(row.present, locale),
                excused: formatNumber(row.excused, locale),
                absent: formatNumber(row.absent, locale),
                held: formatNumber(row.sessionsHeld, locale),
              })}
            >
              <span
                className="kn-stacked__bar"
                style={{ width: `${(row.sessionsHeld / max) * 100}%` }}
              >
                {PARTS.map(
                  (part) =>
                    row[part] > 0 && (
                      <span
                        key={part}
                        className={`kn-stacked__part kn-stacked__part--${part}`}
                        style={{ flexGrow: row[part] }}
                      />
                    ),
                )}
              </span>
            </span>
            <span className="kn-stacked__value kn-tabular" aria-hidden="true">
              {quota(row)}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** Sessions held, the chart and the table (Name, Kommune, Termine, Anwesend, Entschuldigt, Abwesend, Quote). */
export function AttendanceReportView({ report }: { report: AttendanceReport }) {
  const { t, i18n } = useTranslation('sessions');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const quota = useQuota();
  const captionId = useId();
  const period = t('report.period', {
    from: formatDate(report.from, locale),
    to: formatDate(report.to, locale),
  });
  const number = (
    label: string,
    value: (row: AttendanceReportRow) => number,
  ): DataTableColumn<AttendanceReportRow> => ({
    label,
    numeric: true,
    className: 'kn-tabular',
    cell: (row) => formatNumber(value(row), locale),
  });

  return (
    <div className="kn-stack-lg">
      <dl className="kn-figures">
        <div>
          <dt className="kern-body">{t('report.sessionsHeld')}</dt>
          <dd className="kern-heading-large kn-tabular">
            {formatNumber(report.sessionsHeld, locale)}
          </dd>
        </div>
        <div>
          <dt className="kern-body">{t('report.people')}</dt>
          <dd className="kern-heading-large kn-tabular">
            {formatNumber(report.rows.length, locale)}
          </dd>
        </div>
      </dl>
      <p className="kern-body">{t('report.explanation', { period })}</p>
      {report.rows.length === 0 ? (
        <EmptyState title={t('report.emptyTitle')} text={t('report.emptyText')} />
      ) : (
        <div className="kn-stack-lg">
          <StackedBars report={report} captionId={captionId} />
          <DataTable
            caption={t('report.caption', { period })}
            rows={report.rows}
            rowKey={(row) => row.participant.id}
            columns={[
              {
                label: t('report.columns.name'),
                cell: (row) => (
                  <Link to={`/personen/${row.participant.id}`} className="kern-link">
                    {row.participant.displayName}
                  </Link>
                ),
              },
              {
                label: t('report.columns.municipality'),
                cell: (row) =>
                  row.municipality ? (
                    <Link to={`/kommunen/${row.municipality.id}`} className="kern-link">
                      {row.municipality.name}
                    </Link>
                  ) : (
                    t('report.noMunicipality')
                  ),
              },
              number(t('report.columns.sessions'), (row) => row.sessionsHeld),
              number(t('report.columns.present'), (row) => row.present),
              number(t('report.columns.excused'), (row) => row.excused),
              number(t('report.columns.absent'), (row) => row.absent),
              {
                label: t('report.columns.quota'),
                numeric: true,
                className: 'kn-tabular',
                cell: quota,
              },
            ]}
          />
        </div>
      )}
    </div>
  );
}
