import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, inputClass } from '@/components/ui/form-field';
import { MarkdownView } from '@/components/ui/markdown-view';
import { fieldId, LIMITS } from '@/features/event-management/components/event-form-values';

type ReportFieldProps = {
  report: string;
  published: boolean;
  onReportChange: (report: string) => void;
  onPublishedChange: (published: boolean) => void;
  errorOf: (path: string) => string | undefined;
};

/**
 * The report after the event in Markdown, with a preview through the same safe renderer readers
 * get (no raw HTML), and whether the network's members may read it.
 */
export function ReportField({
  report,
  published,
  onReportChange,
  onPublishedChange,
  errorOf,
}: ReportFieldProps) {
  const { t } = useTranslation('event-management');
  const [preview, setPreview] = useState(false);
  const id = fieldId('report');
  const error = errorOf('report');
  const publishedError = errorOf('reportPublished');
  const publishedId = fieldId('reportPublished');

  return (
    <div className="kn-stack">
      <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
        <label className="kern-label" htmlFor={id}>
          {t('report.label')}
          <span className="kern-label__optional"> {t('form.optional')}</span>
        </label>
        <div className="kern-hint" id={`${id}-hint`}>
          {t('report.hint')}
        </div>
        {error && <FieldError id={`${id}-error`} message={error} />}
        <p className="kn-inline">
          <button
            type="button"
            className="kern-btn kern-btn--tertiary"
            aria-pressed={preview}
            aria-controls={`${id}-preview`}
            onClick={() => setPreview((shown) => !shown)}
          >
            <span
              className={`kern-icon kern-icon--${preview ? 'visibility-off' : 'visibility'}`}
              aria-hidden="true"
            />
            <span className="kern-label">{t('report.preview')}</span>
          </button>
        </p>
        <textarea
          id={id}
          className={inputClass(error)}
          rows={10}
          hidden={preview}
          value={report}
          maxLength={LIMITS.report + 1000}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(event) => onReportChange(event.target.value)}
        />
        <section
          id={`${id}-preview`}
          aria-label={t('report.previewLabel')}
          className="kn-preview"
          hidden={!preview}
        >
          {preview &&
            (report.trim() === '' ? (
              <p className="kern-body">{t('report.previewEmpty')}</p>
            ) : (
              <MarkdownView markdown={report} />
            ))}
        </section>
      </div>
      <div className="kern-form-check">
        <input
          id={publishedId}
          className="kern-form-check__checkbox"
          type="checkbox"
          checked={published}
          aria-invalid={publishedError ? true : undefined}
          aria-describedby={
            publishedError ? `${publishedId}-hint ${publishedId}-error` : `${publishedId}-hint`
          }
          onChange={(event) => onPublishedChange(event.target.checked)}
        />
        <label className="kern-label" htmlFor={publishedId}>
          {t('report.published')}
        </label>
      </div>
      <p className="kern-hint kn-check-hint" id={`${publishedId}-hint`}>
        {t('report.publishedHint')}
      </p>
      {publishedError && <FieldError id={`${publishedId}-error`} message={publishedError} />}
    </div>
  );
}
