import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '@/components/ui/loading-state';
import { MarkdownView } from '@/components/ui/markdown-view';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useMinutes, type Minutes } from '@/features/session-records/api/minutes';
import { MinutesEditor } from '@/features/session-records/components/minutes-editor';
import { formatDateTime } from '@/lib/format';

type MinutesSectionProps = {
  roomId: string;
  date: string;
  /** Coordinators of the network and admins write minutes and read drafts. */
  mayEdit: boolean;
};

function MinutesMeta({ minutes }: { minutes: Minutes }) {
  const { t, i18n } = useTranslation('sessions');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const at = minutes.status === 'PUBLISHED' && minutes.publishedAt ? minutes.publishedAt : null;
  return (
    <p className="kern-body kern-body--small">
      {at && (
        <>
          {t('minutes.publishedAt')} <time dateTime={at}>{formatDateTime(at, locale)}</time>
          {'. '}
        </>
      )}
      {t('minutes.updatedAt')}{' '}
      <time dateTime={minutes.updatedAt}>{formatDateTime(minutes.updatedAt, locale)}</time>
      {minutes.updatedBy && ` ${t('minutes.by', { name: minutes.updatedBy.displayName })}`}.
    </p>
  );
}

/**
 * The session's minutes. Members read published minutes only; coordinators also see a draft,
 * marked as such in words, and may write or edit them.
 */
export function MinutesSection({ roomId, date, mayEdit }: MinutesSectionProps) {
  const { t } = useTranslation('sessions');
  const query = useMinutes(roomId, date);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  /** Where the focus goes when the editor closes: the outcome after saving, the button after cancelling. */
  const [focus, setFocus] = useState<{ to: 'notice' | 'edit' } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focus?.to === 'notice') noticeRef.current?.focus();
    if (focus?.to === 'edit') editRef.current?.focus();
  }, [focus]);

  const current = query.data ?? null;
  // The API hides drafts from members; should one arrive anyway, it is not shown to them.
  const visible = current && (mayEdit || current.minutes.status === 'PUBLISHED') ? current : null;

  return (
    <section aria-labelledby="minutes-heading" className="kn-stack-lg">
      <h2 id="minutes-heading" className="kern-heading-medium">
        {t('minutes.title')}
      </h2>
      <div ref={noticeRef} tabIndex={-1} role="status" aria-live="polite">
        {notice && (
          <div className="kern-alert kern-alert--success">
            <div className="kern-alert__header">
              <span className="kern-icon kern-icon--success" aria-hidden="true" />
              <p className="kern-title">{notice}</p>
            </div>
          </div>
        )}
      </div>
      {query.isPending && <LoadingState label={t('minutes.loading')} />}
      {query.isError && (
        <ProblemAlert
          title={t('minutes.errorTitle')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      {query.isSuccess &&
        (editing ? (
          <MinutesEditor
            roomId={roomId}
            date={date}
            current={current}
            onReload={async () => (await query.refetch()).data}
            onSaved={(saved) => {
              setEditing(false);
              setNotice(
                saved.minutes.status === 'PUBLISHED'
                  ? t('minutes.savedPublished')
                  : t('minutes.savedDraft'),
              );
              setFocus({ to: 'notice' });
            }}
            onCancel={() => {
              setEditing(false);
              setNotice('');
              setFocus({ to: 'edit' });
            }}
          />
        ) : (
          <>
            {visible ? (
              <>
                {visible.minutes.status === 'DRAFT' ? (
                  <p className="kn-inline">
                    <span className="kern-badge kern-badge--warning">
                      <span className="kern-icon kern-icon--draft" aria-hidden="true" />
                      <span className="kern-label kern-label--small">
                        {t('minutes.status.DRAFT')}
                      </span>
                    </span>
                    <span className="kern-body">{t('minutes.draftHint')}</span>
                  </p>
                ) : (
                  mayEdit && (
                    <p className="kn-inline">
                      <span className="kern-badge kern-badge--success">
                        <span className="kern-icon kern-icon--check" aria-hidden="true" />
                        <span className="kern-label kern-label--small">
                          {t('minutes.status.PUBLISHED')}
                        </span>
                      </span>
                      <span className="kern-body">{t('minutes.publishedHint')}</span>
                    </p>
                  )
                )}
                <article aria-labelledby="minutes-heading" className="kn-minutes">
                  <MarkdownView markdown={visible.minutes.markdown} />
                </article>
                <MinutesMeta minutes={visible.minutes} />
              </>
            ) : (
              <p className="kern-body">{mayEdit ? t('minutes.noneYet') : t('minutes.none')}</p>
            )}
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
                  <span className="kern-label">
                    {visible ? t('minutes.edit') : t('minutes.write')}
                  </span>
                </button>
              </p>
            )}
          </>
        ))}
    </section>
  );
}
