import { CopyButton } from '@/components/ui/copy-button';

/** The texts of {@link JoinDetails}, from the feature's translation namespace. */
export type JoinTexts = {
  /** "Online-Raum betreten" */
  join: string;
  /** Read after the link text, e.g. "(öffnet in einem neuen Fenster)". */
  newWindow: string;
  accessCode: string;
  copyCode: string;
  codeCopied: string;
  copyFailed: string;
  dialIn: string;
};

/** Only web addresses become links; anything else (e.g. `javascript:`) is never clickable. */
export function isWebAddress(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * How to get into an online room: the join link styled as a button (opens a new window), the
 * access code with a copy button and the telephone dial-in. Parts the API left out are omitted.
 */
export function JoinDetails({
  joinUrl,
  accessCode,
  dialIn,
  texts,
  showJoin = true,
  context,
}: {
  joinUrl?: string;
  accessCode?: string;
  dialIn?: string;
  texts: JoinTexts;
  /** False for a cancelled session: nobody should be sent into the room. */
  showJoin?: boolean;
  /** Read by screen readers after the link text when there are several rooms on one page. */
  context?: string;
}) {
  const join = showJoin && isWebAddress(joinUrl);
  if (!join && !accessCode && !dialIn) return null;
  return (
    <div className="kn-stack">
      {join && (
        <p>
          <a
            className="kern-btn kern-btn--primary"
            href={joinUrl}
            target="_blank"
            rel="noopener noreferrer"
          >
            <span className="kern-icon kern-icon--open-in-new" aria-hidden="true" />
            <span className="kern-label">
              {texts.join}{' '}
              <span className="kern-sr-only">
                {context ? `– ${context} ` : ''}
                {texts.newWindow}
              </span>
            </span>
          </a>
        </p>
      )}
      {(accessCode || dialIn) && (
        <dl className="kern-description-list">
          {accessCode && (
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{texts.accessCode}</dt>
              <dd className="kern-description-list-item__value kn-inline">
                <code className="kn-code">{accessCode}</code>
                <CopyButton
                  value={accessCode}
                  label={texts.copyCode}
                  copiedText={texts.codeCopied}
                  failedText={texts.copyFailed}
                />
              </dd>
            </div>
          )}
          {dialIn && (
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{texts.dialIn}</dt>
              <dd className="kern-description-list-item__value">{dialIn}</dd>
            </div>
          )}
        </dl>
      )}
    </div>
  );
}
