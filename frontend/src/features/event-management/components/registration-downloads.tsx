import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OutcomeNotice, useOutcome } from '@/components/ui/outcome-notice';
import { getRegistrationsCsv, getSignInSheet } from '@/api/registrations';
import { slugify } from '@/features/event-management/utils/slug';
import { ApiError } from '@/lib/api-client';
import { saveBlob } from '@/lib/save-blob';

/** The file names the downloads are saved under, e.g. `anmeldungen-praesenztreffen-unna.csv`. */
export function downloadNames(title: string): { csv: string; pdf: string } {
  const slug = slugify(title);
  return { csv: `anmeldungen-${slug}.csv`, pdf: `unterschriftenliste-${slug}.pdf` };
}

type Kind = 'csv' | 'pdf';

/**
 * "CSV herunterladen" (all registrations, for funding documentation) and "Unterschriftenliste
 * (PDF)" (a printable sign-in sheet of the confirmed people): fetched with the bearer token (a
 * plain link could not send it) and saved as files. The PDF only for the coordination.
 */
export function RegistrationDownloads({
  eventId,
  title,
  withSignInSheet,
}: {
  eventId: string;
  title: string;
  withSignInSheet: boolean;
}) {
  const { t } = useTranslation('event-management');
  const [busy, setBusy] = useState<Kind | null>(null);
  const { outcome, report, clear, ref } = useOutcome();
  const names = downloadNames(title);

  const download = async (kind: Kind) => {
    clear();
    setBusy(kind);
    try {
      const blob =
        kind === 'csv' ? await getRegistrationsCsv(eventId) : await getSignInSheet(eventId);
      saveBlob(blob, names[kind]);
      report({ kind: 'success', text: t('downloads.done', { fileName: names[kind] }) });
    } catch (error) {
      report({ kind: 'error', error });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="kn-stack" aria-labelledby="registrations-downloads">
      <h2 id="registrations-downloads" className="kern-heading-medium">
        {t('downloads.title')}
      </h2>
      <p className="kern-body">
        {withSignInSheet ? t('downloads.text') : t('downloads.textCsvOnly')}
      </p>
      <div className="kn-inline">
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          aria-disabled={busy !== null ? true : undefined}
          onClick={() => busy === null && void download('csv')}
        >
          <span className="kern-icon kern-icon--download" aria-hidden="true" />
          <span className="kern-label">{t('downloads.csv')}</span>
        </button>
        {withSignInSheet && (
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            aria-disabled={busy !== null ? true : undefined}
            onClick={() => busy === null && void download('pdf')}
          >
            <span className="kern-icon kern-icon--download" aria-hidden="true" />
            <span className="kern-label">{t('downloads.pdf')}</span>
          </button>
        )}
      </div>
      <p className="kern-body kern-body--small" role="status" aria-live="polite">
        {busy !== null ? t('downloads.busy') : ''}
      </p>
      <OutcomeNotice
        outcome={outcome}
        outcomeRef={ref}
        errorTitle={t('downloads.errorTitle')}
        explain={(error) =>
          error instanceof ApiError && error.status === 403 ? t('downloads.forbidden') : undefined
        }
      />
    </section>
  );
}
