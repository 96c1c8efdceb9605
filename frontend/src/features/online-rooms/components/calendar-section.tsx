import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { CopyButton } from '@/components/ui/copy-button';
import { LoadingState } from '@/components/ui/loading-state';
import { OutcomeNotice, useOutcome } from '@/components/ui/outcome-notice';
import { ProblemAlert } from '@/components/ui/problem-alert';
import {
  useCalendarFeed,
  useCreateCalendarFeed,
  useDownloadNetworkCalendar,
  useRevokeCalendarFeed,
} from '@/features/online-rooms/api/calendar';
import { formatDateTime } from '@/lib/format';

/** The API may answer with a path (`/api/v1/calendar/….ics`); calendar apps need the full address. */
function absolute(url: string): string {
  try {
    return new URL(url, window.location.origin).toString();
  } catch {
    return url;
  }
}

function NetworkFile({ networkId, networkName }: { networkId: string; networkName: string }) {
  const { t } = useTranslation('rooms');
  const download = useDownloadNetworkCalendar();
  const { outcome, report, clear, ref } = useOutcome();

  return (
    <section aria-labelledby="calendar-file" className="kn-stack">
      <h3 id="calendar-file" className="kern-heading-small">
        {t('calendar.fileTitle')}
      </h3>
      <p className="kern-body">{t('calendar.fileText', { network: networkName })}</p>
      <p>
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          disabled={download.isPending}
          onClick={() => {
            clear();
            download.mutate(
              { networkId, networkName },
              {
                onSuccess: () => report({ kind: 'success', text: t('calendar.downloaded') }),
                onError: (error) => report({ kind: 'error', error }),
              },
            );
          }}
        >
          <span className="kern-icon kern-icon--download" aria-hidden="true" />
          <span className="kern-label">
            {download.isPending ? t('calendar.downloading') : t('calendar.download')}
          </span>
        </button>
      </p>
      <OutcomeNotice
        outcome={outcome}
        outcomeRef={ref}
        errorTitle={t('calendar.downloadErrorTitle')}
      />
    </section>
  );
}

/** The address, shown once after it was created, with a copy button. */
function NewAddress({ url }: { url: string }) {
  const { t } = useTranslation('rooms');
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, [url]);
  return (
    <div className="kern-alert kern-alert--success">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--success" aria-hidden="true" />
        <p className="kern-title">{t('calendar.created')}</p>
      </div>
      <div className="kern-alert__body kn-stack">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${id}-url`}>
            {t('calendar.urlLabel')}
          </label>
          <div className="kern-hint" id={`${id}-url-hint`}>
            {t('calendar.urlHint')}
          </div>
          <input
            ref={ref}
            id={`${id}-url`}
            className="kern-form-input__input"
            type="text"
            readOnly
            spellCheck={false}
            value={url}
            aria-describedby={`${id}-url-hint`}
          />
        </div>
        <CopyButton
          value={url}
          label={t('calendar.copyUrl')}
          copiedText={t('calendar.urlCopied')}
          failedText={t('join.copyFailed')}
        />
      </div>
    </div>
  );
}

function Subscription() {
  const { t, i18n } = useTranslation('rooms');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [createdUrl, setCreatedUrl] = useState<string | null>(null);
  const [asking, setAsking] = useState<'renew' | 'revoke' | null>(null);
  const { outcome, report, clear, ref } = useOutcome();
  const busy = create.isPending || revoke.isPending;

  const onCreate = () => {
    setAsking(null);
    clear();
    setCreatedUrl(null);
    create.mutate(undefined, {
      onSuccess: (created) => setCreatedUrl(absolute(created.url)),
      onError: (error) => report({ kind: 'error', error }),
    });
  };

  const onRevoke = () => {
    setAsking(null);
    clear();
    revoke.mutate(undefined, {
      onSuccess: () => {
        setCreatedUrl(null);
        report({ kind: 'success', text: t('calendar.revoked') });
      },
      onError: (error) => report({ kind: 'error', error }),
    });
  };

  return (
    <section aria-labelledby="calendar-feed" className="kn-stack">
      <h3 id="calendar-feed" className="kern-heading-small">
        {t('calendar.feedTitle')}
      </h3>
      <p className="kern-body">{t('calendar.feedText')}</p>
      {feed.isPending && <LoadingState label={t('calendar.feedLoading')} />}
      {feed.isError && (
        <ProblemAlert
          title={t('calendar.feedErrorTitle')}
          error={feed.error}
          onRetry={() => void feed.refetch()}
        />
      )}
      <OutcomeNotice outcome={outcome} outcomeRef={ref} errorTitle={t('calendar.errorTitle')} />
      {createdUrl && <NewAddress url={createdUrl} />}
      {feed.isSuccess &&
        (feed.data === null ? (
          <>
            <p className="kern-body">{t('calendar.none')}</p>
            <p>
              <button
                type="button"
                className="kern-btn kern-btn--primary"
                disabled={busy}
                onClick={onCreate}
              >
                <span className="kern-icon kern-icon--add" aria-hidden="true" />
                <span className="kern-label">{t('calendar.create')}</span>
              </button>
            </p>
          </>
        ) : (
          <>
            <p className="kern-body">
              {t('calendar.since', { date: formatDateTime(feed.data.createdAt, locale) })}
            </p>
            {!createdUrl && <p className="kern-body">{t('calendar.lost')}</p>}
            <p className="kn-inline">
              <button
                type="button"
                className="kern-btn kern-btn--secondary"
                disabled={busy}
                onClick={() => setAsking('renew')}
              >
                <span className="kern-icon kern-icon--autorenew" aria-hidden="true" />
                <span className="kern-label">{t('calendar.renew')}</span>
              </button>
              <button
                type="button"
                className="kern-btn kern-btn--tertiary"
                disabled={busy}
                onClick={() => setAsking('revoke')}
              >
                <span className="kern-icon kern-icon--delete" aria-hidden="true" />
                <span className="kern-label">{t('calendar.revoke')}</span>
              </button>
            </p>
          </>
        ))}
      <details className="kn-details">
        <summary className="kern-body kern-body--bold">{t('calendar.howTitle')}</summary>
        <ul className="kern-list">
          <li>{t('calendar.outlook')}</li>
          <li>{t('calendar.thunderbird')}</li>
          <li>{t('calendar.iphone')}</li>
          <li>{t('calendar.android')}</li>
        </ul>
      </details>
      {asking === 'renew' && (
        <ConfirmDialog
          title={t('calendar.renewTitle')}
          text={t('calendar.renewText')}
          confirmLabel={t('calendar.renewConfirm')}
          cancelLabel={t('calendar.keep')}
          onConfirm={onCreate}
          onCancel={() => setAsking(null)}
        />
      )}
      {asking === 'revoke' && (
        <ConfirmDialog
          title={t('calendar.revokeTitle')}
          text={t('calendar.revokeText')}
          confirmLabel={t('calendar.revokeConfirm')}
          cancelLabel={t('calendar.keep')}
          onConfirm={onRevoke}
          onCancel={() => setAsking(null)}
        />
      )}
    </section>
  );
}

/** "Add to calendar": the network's file once, or the personal subscription with instructions. */
export function CalendarSection({
  networkId,
  networkName,
}: {
  networkId: string;
  networkName: string;
}) {
  const { t } = useTranslation('rooms');
  return (
    <section aria-labelledby="calendar-heading" className="kn-stack-lg">
      <hgroup className="kn-stack">
        <h2 id="calendar-heading" className="kern-heading-medium">
          {t('calendar.title')}
        </h2>
        <p className="kern-body">{t('calendar.intro')}</p>
      </hgroup>
      <NetworkFile networkId={networkId} networkName={networkName} />
      <Subscription />
    </section>
  );
}
