import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OutcomeNotice, useOutcome } from '@/components/ui/outcome-notice';
import {
  csvFileName,
  getAttendanceReportCsv,
} from '@/features/session-records/api/attendance-report';
import { saveBlob } from '@/lib/save-blob';

/**
 * "CSV herunterladen": the same report as a spreadsheet file, fetched with the bearer token
 * (a plain link could not send it) and saved as `anwesenheit-<from>-<to>.csv`.
 */
export function AttendanceCsvDownload({
  networkId,
  from,
  to,
}: {
  networkId: string;
  from: string;
  to: string;
}) {
  const { t } = useTranslation('sessions');
  const [busy, setBusy] = useState(false);
  const { outcome, report, clear, ref } = useOutcome();

  const download = async () => {
    clear();
    setBusy(true);
    try {
      const blob = await getAttendanceReportCsv(networkId, from, to);
      const fileName = csvFileName(from, to);
      saveBlob(blob, fileName);
      report({ kind: 'success', text: t('report.downloaded', { fileName }) });
    } catch (error) {
      report({ kind: 'error', error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="kn-stack">
      <p>
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          disabled={busy}
          onClick={() => void download()}
        >
          <span className="kern-icon kern-icon--download" aria-hidden="true" />
          <span className="kern-label">
            {busy ? t('report.downloading') : t('report.download')}
          </span>
        </button>
      </p>
      <p className="kern-hint">{t('report.downloadHint')}</p>
      <OutcomeNotice outcome={outcome} outcomeRef={ref} errorTitle={t('report.downloadError')} />
    </div>
  );
}
