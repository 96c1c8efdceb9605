import type { UseFormRegisterReturn } from 'react-hook-form';
import { describedBy, FieldError, inputClass } from '@/components/ui/form-field';
import { MarkdownView } from '@/components/ui/markdown-view';

/** The texts of a {@link MarkdownField}, from the feature's translation namespace. */
export type MarkdownFieldTexts = {
  label: string;
  /** What Markdown can do here; read out with the field. */
  hint: string;
  /** The toggle's label, e.g. "Vorschau". */
  preview: string;
  /** The name of the preview region. */
  previewLabel: string;
  /** Shown in the preview while there is no text. */
  previewEmpty: string;
};

/**
 * A Markdown text with a preview through the same safe renderer its readers get: label, hint
 * and error in KERN's order, then a toggle (aria-pressed) that swaps the textarea for the
 * preview. The form keeps the value (`registration` of its textarea, `value` for the preview) and
 * whether the preview is shown, so that it can leave the preview when errors appear. The
 * textarea gets the height of its `rows`.
 */
export function MarkdownField({
  id,
  texts,
  error,
  value,
  rows,
  registration,
  preview,
  onPreviewChange,
}: {
  id: string;
  texts: MarkdownFieldTexts;
  error: string | undefined;
  value: string;
  rows: number;
  registration: UseFormRegisterReturn;
  preview: boolean;
  onPreviewChange: (shown: boolean) => void;
}) {
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {texts.label}
      </label>
      <div className="kern-hint" id={`${id}-hint`}>
        {texts.hint}
      </div>
      {error && <FieldError id={`${id}-error`} message={error} />}
      <p className="kn-inline">
        <button
          type="button"
          className="kern-btn kern-btn--tertiary"
          aria-pressed={preview}
          aria-controls={`${id}-preview`}
          onClick={() => onPreviewChange(!preview)}
        >
          <span
            className={`kern-icon kern-icon--${preview ? 'visibility-off' : 'visibility'}`}
            aria-hidden="true"
          />
          <span className="kern-label">{texts.preview}</span>
        </button>
      </p>
      <textarea
        id={id}
        className={`${inputClass(error)} kn-textarea-rows`}
        rows={rows}
        hidden={preview}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, true, Boolean(error))}
        {...registration}
      />
      <section
        id={`${id}-preview`}
        aria-label={texts.previewLabel}
        className="kn-preview"
        hidden={!preview}
      >
        {preview &&
          (value.trim() === '' ? (
            <p className="kern-body">{texts.previewEmpty}</p>
          ) : (
            <MarkdownView markdown={value} />
          ))}
      </section>
    </div>
  );
}
