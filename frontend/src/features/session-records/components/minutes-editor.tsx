import { useId, useState, type FormEvent } from 'react';
import { LeavePageDialog } from '@/components/ui/leave-page-dialog';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { MarkdownView } from '@/components/ui/markdown-view';
import { ProblemAlert } from '@/components/ui/problem-alert';
import {
  MINUTES_MAX_LENGTH,
  MINUTES_STATUSES,
  useSaveMinutes,
  type MinutesStatus,
  type VersionedMinutes,
} from '@/features/session-records/api/minutes';
import { isVersionConflict } from '@/lib/api-client';
import { sortViolations } from '@/lib/violations';
import { useUnsavedChangesWarning } from '@/lib/use-unsaved-changes-warning';

type Field = 'markdown' | 'status';
type Errors = Partial<Record<Field, string>>;

type MinutesEditorProps = {
  roomId: string;
  date: string;
  /** The minutes as last read, `null` while there are none. */
  current: VersionedMinutes | null;
  /** Reads the minutes again (after a 412); resolves to the fresh version. */
  onReload: () => Promise<VersionedMinutes | null | undefined>;
  onSaved: (saved: VersionedMinutes) => void;
  onCancel: () => void;
};

/**
 * Writes the minutes in Markdown with a preview through the same safe renderer readers get, as a
 * draft or published. The first version goes without If-Match, later ones with the ETag read.
 */
export function MinutesEditor({
  roomId,
  date,
  current,
  onReload,
  onSaved,
  onCancel,
}: MinutesEditorProps) {
  const { t } = useTranslation('sessions');
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const [baseline, setBaseline] = useState(current);
  const [markdown, setMarkdown] = useState(current?.minutes.markdown ?? '');
  const [status, setStatus] = useState<MinutesStatus>(current?.minutes.status ?? 'DRAFT');
  const [preview, setPreview] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [other, setOther] = useState<string[]>([]);
  const [summaryFocus, setSummaryFocus] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [notice, setNotice] = useState('');
  const mutation = useSaveMinutes();

  const dirty =
    markdown !== (baseline?.minutes.markdown ?? '') ||
    status !== (baseline?.minutes.status ?? 'DRAFT');
  const blocker = useUnsavedChangesWarning(dirty);

  const showErrors = (found: Errors, rest: string[] = []) => {
    setErrors(found);
    setOther(rest);
    setPreview(false);
    setSummaryFocus((n) => n + 1);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setConflict(false);
    setNotice('');
    if (markdown.trim() === '') {
      showErrors({ markdown: t('minutes.errors.required') });
      return;
    }
    if (markdown.length > MINUTES_MAX_LENGTH) {
      showErrors({ markdown: t('minutes.errors.tooLong', { max: MINUTES_MAX_LENGTH }) });
      return;
    }
    setErrors({});
    setOther([]);
    mutation.mutate(
      { roomId, date, input: { markdown, status }, etag: baseline?.etag || undefined },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (isVersionConflict(error)) {
            setConflict(true);
            return;
          }
          const sorted = sortViolations(error, (path) =>
            (['markdown', 'status'] as const).find((f) => path?.split('.').pop() === f),
          );
          if (sorted) {
            showErrors(sorted.fields, sorted.other);
            return;
          }
          setFailure(error);
        },
      },
    );
  };

  const reload = async () => {
    const fresh = await onReload();
    if (fresh === undefined) return;
    setBaseline(fresh);
    setMarkdown(fresh?.minutes.markdown ?? '');
    setStatus(fresh?.minutes.status ?? 'DRAFT');
    setConflict(false);
    setErrors({});
    setOther([]);
    setPreview(false);
    setNotice(t('minutes.reloaded'));
    document.getElementById(fieldId('markdown'))?.focus();
  };

  const summary: SummaryError[] = [
    ...(['markdown', 'status'] as const)
      .filter((f) => errors[f])
      .map((f) => ({ fieldId: fieldId(f), message: errors[f]! })),
    ...other.map((message) => ({ message })),
  ];

  const errorOf = (field: Field) =>
    errors[field] && (
      <p className="kern-error" id={`${fieldId(field)}-error`}>
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <span className="kern-body">{errors[field]}</span>
      </p>
    );

  return (
    <div className="kn-stack-lg kn-form">
      {conflict && (
        <ConflictAlert
          title={t('minutes.conflictTitle')}
          text={t('minutes.conflictText')}
          reloadLabel={t('minutes.conflictReload')}
          onReload={reload}
          headingLevel={3}
        />
      )}
      {failure !== null && <ProblemAlert title={t('minutes.saveErrorTitle')} error={failure} />}
      <ErrorSummary title={t('minutes.summaryTitle')} errors={summary} focusKey={summaryFocus} />
      <div role="status" aria-live="polite">
        {notice && <p className="kern-body">{notice}</p>}
      </div>

      <form className="kn-stack-lg" noValidate onSubmit={onSubmit}>
        <div className={`kern-form-input${errors.markdown ? ' kern-form-input--error' : ''}`}>
          <label className="kern-label" htmlFor={fieldId('markdown')}>
            {t('minutes.fields.markdown')}
          </label>
          <div className="kern-hint" id={`${fieldId('markdown')}-hint`}>
            {t('minutes.fields.markdownHint')}
          </div>
          {errorOf('markdown')}
          <p className="kn-inline">
            <button
              type="button"
              className="kern-btn kern-btn--tertiary"
              aria-pressed={preview}
              aria-controls={`${fieldId('markdown')}-preview`}
              onClick={() => setPreview((shown) => !shown)}
            >
              <span
                className={`kern-icon kern-icon--${preview ? 'visibility-off' : 'visibility'}`}
                aria-hidden="true"
              />
              <span className="kern-label">{t('minutes.preview')}</span>
            </button>
          </p>
          <textarea
            id={fieldId('markdown')}
            className={`kern-form-input__input${errors.markdown ? ' kern-form-input__input--error' : ''}`}
            rows={16}
            hidden={preview}
            value={markdown}
            required
            aria-invalid={errors.markdown ? true : undefined}
            aria-describedby={
              errors.markdown
                ? `${fieldId('markdown')}-hint ${fieldId('markdown')}-error`
                : `${fieldId('markdown')}-hint`
            }
            onChange={(event) => {
              setMarkdown(event.target.value);
              setNotice('');
            }}
          />
          <section
            id={`${fieldId('markdown')}-preview`}
            aria-label={t('minutes.previewLabel')}
            className="kn-preview"
            hidden={!preview}
          >
            {preview &&
              (markdown.trim() === '' ? (
                <p className="kern-body">{t('minutes.previewEmpty')}</p>
              ) : (
                <MarkdownView markdown={markdown} />
              ))}
          </section>
        </div>

        <fieldset
          className={`kern-fieldset${errors.status ? ' kern-fieldset--error' : ''}`}
          aria-describedby={`${fieldId('status')}-hint`}
        >
          <legend className="kern-label">{t('minutes.fields.status')}</legend>
          <div className="kern-fieldset__body">
            <div className="kern-hint" id={`${fieldId('status')}-hint`}>
              {t('minutes.fields.statusHint')}
            </div>
            {errorOf('status')}
            {MINUTES_STATUSES.map((value, index) => {
              const inputId = index === 0 ? fieldId('status') : `${fieldId('status')}-${value}`;
              return (
                <div key={value} className="kern-form-check">
                  <input
                    id={inputId}
                    className="kern-form-check__radio"
                    type="radio"
                    name={`${id}-status`}
                    value={value}
                    checked={status === value}
                    onChange={() => setStatus(value)}
                  />
                  <label className="kern-label" htmlFor={inputId}>
                    {t(`minutes.status.${value}`)}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>

        <div className="kn-inline">
          <button
            type="submit"
            className="kern-btn kern-btn--primary"
            disabled={mutation.isPending}
          >
            <span className="kern-label">
              {mutation.isPending ? t('minutes.saving') : t('minutes.save')}
            </span>
          </button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}>
            <span className="kern-label">{t('minutes.cancel')}</span>
          </button>
          {dirty && <p className="kern-body kern-body--small">{t('minutes.unsaved')}</p>}
        </div>
      </form>

      <LeavePageDialog blocker={blocker} texts={t('leave', { returnObjects: true })} />
    </div>
  );
}
