import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '@/features/session-records/api/get-session';
import { formatLongDate, formatTime } from '@/lib/format';
import { safeUrl } from '@/lib/safe-url';

/** "Dienstag, 8. Dezember 2026, 10:00–11:30 Uhr" in Berlin time. */
export function useSessionTime() {
  const { t, i18n } = useTranslation('sessions');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return {
    range: (startsAt: string, endsAt: string) =>
      t('time.range', {
        day: formatLongDate(startsAt, locale),
        start: formatTime(startsAt, locale),
        end: formatTime(endsAt, locale),
      }),
    at: (instant: string) =>
      t('time.at', { day: formatLongDate(instant, locale), time: formatTime(instant, locale) }),
  };
}

function Notice({
  kind,
  title,
  children,
}: {
  kind: 'warning' | 'info';
  title: string;
  children?: ReactNode;
}) {
  return (
    <div className={`kern-alert kern-alert--${kind}`}>
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${kind}`} aria-hidden="true" />
        <h2 className="kern-title">{title}</h2>
      </div>
      {children && <div className="kern-alert__body">{children}</div>}
    </div>
  );
}

/** When, whether it takes place (in words, not by colour), topic, presenter and materials. */
export function SessionFacts({ session }: { session: Session }) {
  const { t } = useTranslation('sessions');
  const time = useSessionTime();

  const item = (key: string, label: string, value: ReactNode) => (
    <div key={key} className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{label}</dt>
      <dd className="kern-description-list-item__value">{value}</dd>
    </div>
  );

  const status =
    session.status === 'CANCELLED' ? (
      <span className="kern-badge kern-badge--danger">
        <span className="kern-icon kern-icon--close" aria-hidden="true" />
        <span className="kern-label kern-label--small">{t('status.CANCELLED')}</span>
      </span>
    ) : session.status === 'MOVED' ? (
      <span className="kern-badge kern-badge--warning">
        <span className="kern-icon kern-icon--calendar-today" aria-hidden="true" />
        <span className="kern-label kern-label--small">{t('status.MOVED')}</span>
      </span>
    ) : (
      <span className="kern-badge kern-badge--info">
        <span className="kern-icon kern-icon--check" aria-hidden="true" />
        <span className="kern-label kern-label--small">{t('status.SCHEDULED')}</span>
      </span>
    );

  return (
    <div className="kn-stack-lg">
      {session.status === 'CANCELLED' && (
        <Notice kind="warning" title={t('session.cancelledTitle')}>
          <p className="kern-body">
            {session.cancellationReason
              ? t('session.cancelledReason', { reason: session.cancellationReason })
              : t('session.cancelledNoReason')}
          </p>
        </Notice>
      )}
      {session.status === 'MOVED' && (
        <Notice kind="info" title={t('session.movedTitle')}>
          <p className="kern-body">
            {session.originalStartsAt
              ? t('session.movedFrom', { original: time.at(session.originalStartsAt) })
              : t('session.movedNoOriginal')}
          </p>
        </Notice>
      )}
      <dl className="kern-description-list">
        {item(
          'when',
          t('session.when'),
          <time dateTime={session.startsAt}>{time.range(session.startsAt, session.endsAt)}</time>,
        )}
        {item('status', t('session.status'), status)}
        {session.status === 'MOVED' &&
          session.originalStartsAt &&
          item(
            'original',
            t('session.originally'),
            <s>
              <time dateTime={session.originalStartsAt}>{time.at(session.originalStartsAt)}</time>
            </s>,
          )}
        {session.status === 'CANCELLED' &&
          item('reason', t('session.reason'), session.cancellationReason ?? t('session.none'))}
        {item('topic', t('session.topic'), session.topic ?? t('session.noTopic'))}
        {item('presenter', t('session.presenter'), session.presenter ?? t('session.none'))}
        {item(
          'materials',
          t('session.materials'),
          session.materials.length === 0 ? (
            t('session.noMaterials')
          ) : (
            <ul className="kern-list">
              {session.materials.map((material, index) => {
                const href = safeUrl(material.url);
                return (
                  <li key={`${material.url}-${index}`}>
                    {href ? (
                      <a href={href} className="kern-link" rel="noopener noreferrer">
                        {material.title}
                      </a>
                    ) : (
                      material.title
                    )}
                  </li>
                );
              })}
            </ul>
          ),
        )}
      </dl>
    </div>
  );
}
