import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { LoadingState } from '@/components/ui/loading-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useNetwork } from '@/features/networks/api/get-network';
import { useAttendanceReport } from '@/features/session-records/api/attendance-report';
import { AttendanceCsvDownload } from '@/features/session-records/components/attendance-csv-download';
import { AttendanceReportView } from '@/features/session-records/components/attendance-report-view';
import { isIsoDate } from '@/features/session-records/components/session-params';
import { isUuid } from '@/lib/route-params';
import { ApiError } from '@/lib/api-client';
import { todayInBerlin } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { NetworkNotFound } from '@/app/routes/network-not-found';

type Period = { from: string; to: string };
type Field = keyof Period;

/** The period lives in the address (`?von=2026-01-01&bis=2026-11-25`); default: this year so far. */
function usePeriod(): [Period, (next: Period) => void] {
  const [params, setParams] = useSearchParams();
  const today = todayInBerlin();
  const from = params.get('von') ?? '';
  const to = params.get('bis') ?? '';
  const period = {
    from: isIsoDate(from) ? from : `${today.slice(0, 4)}-01-01`,
    to: isIsoDate(to) ? to : today,
  };
  const update = (next: Period) =>
    setParams(new URLSearchParams({ von: next.from, bis: next.to }), { replace: true });
  return [period, update];
}

function BackLink({ networkId }: { networkId: string }) {
  const { t } = useTranslation('sessions');
  return (
    <p>
      <Link to={`/netzwerke/${networkId}`} className="kern-link">
        <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
        {t('report.back')}
      </Link>
    </p>
  );
}

function PeriodForm({ period, onChange }: { period: Period; onChange: (next: Period) => void }) {
  const { t } = useTranslation('sessions');
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const [values, setValues] = useState(period);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [summaryFocus, setSummaryFocus] = useState(0);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!isIsoDate(values.from)) found.from = t('report.errors.fromRequired');
    if (!isIsoDate(values.to)) found.to = t('report.errors.toRequired');
    if (!found.from && !found.to && values.from > values.to) found.to = t('report.errors.order');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setSummaryFocus((n) => n + 1);
      return;
    }
    onChange(values);
  };

  const summary: SummaryError[] = (['from', 'to'] as const)
    .filter((field) => errors[field])
    .map((field) => ({ fieldId: fieldId(field), message: errors[field]! }));

  const input = (field: Field) => (
    <div className={`kern-form-input${errors[field] ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={fieldId(field)}>
        {t(`report.fields.${field}`)}
      </label>
      {errors[field] && (
        <p className="kern-error" id={`${fieldId(field)}-error`}>
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          <span className="kern-body">{errors[field]}</span>
        </p>
      )}
      <input
        id={fieldId(field)}
        type="date"
        className={`kern-form-input__input kern-form-input__input--width-10${errors[field] ? ' kern-form-input__input--error' : ''}`}
        value={values[field]}
        required
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={errors[field] ? `${fieldId(field)}-error` : undefined}
        onChange={(event) => setValues((v) => ({ ...v, [field]: event.target.value }))}
      />
    </div>
  );

  return (
    <div className="kn-stack">
      <ErrorSummary
        title={t('report.errors.summaryTitle')}
        errors={summary}
        focusKey={summaryFocus}
      />
      <form
        className="kn-filters"
        noValidate
        onSubmit={onSubmit}
        aria-label={t('report.periodLabel')}
      >
        {input('from')}
        {input('to')}
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t('report.show')}</span>
        </button>
      </form>
    </div>
  );
}

function Forbidden() {
  const { t } = useTranslation('sessions');
  return (
    <div className="kern-alert kern-alert--warning" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <h2 className="kern-title">{t('report.forbiddenTitle')}</h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{t('report.forbiddenText')}</p>
      </div>
    </div>
  );
}

function ReportPage({ networkId }: { networkId: string }) {
  const { t } = useTranslation('sessions');
  const network = useNetwork(networkId);
  const [period, setPeriod] = usePeriod();
  const query = useAttendanceReport(networkId, period.from, period.to);
  const forbidden = query.error instanceof ApiError && query.error.status === 403;
  useDocumentTitle(
    network.data ? t('report.titleOf', { network: network.data.name }) : t('report.title'),
  );

  return (
    <div className="kn-stack-lg">
      <BackLink networkId={networkId} />
      <hgroup className="kn-stack">
        {network.data && <p className="kern-preline">{network.data.name}</p>}
        <h1 className="kern-heading-large">{t('report.title')}</h1>
        <p className="kern-body">{t('report.intro')}</p>
      </hgroup>
      {forbidden ? (
        <Forbidden />
      ) : (
        <>
          <PeriodForm key={`${period.from}/${period.to}`} period={period} onChange={setPeriod} />
          <AttendanceCsvDownload networkId={networkId} from={period.from} to={period.to} />
          {query.isPending && <LoadingState label={t('report.loading')} />}
          {query.isError && (
            <ProblemAlert
              title={t('report.errorTitle')}
              error={query.error}
              onRetry={() => void query.refetch()}
            />
          )}
          {query.data && (
            <div aria-busy={query.isPlaceholderData}>
              <AttendanceReportView report={query.data} />
            </div>
          )}
        </>
      )}
    </div>
  );
}

export function AttendanceReportRoute() {
  const { id = '' } = useParams();
  return isUuid(id) ? <ReportPage key={id} networkId={id} /> : <NetworkNotFound />;
}
