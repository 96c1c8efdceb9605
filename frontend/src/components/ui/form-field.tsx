import type { ReactNode } from 'react';

/** An error message next to its field (KERN `kern-error`), referenced by the field's aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p className="kern-error" id={id}>
      <span className="kern-icon kern-icon--danger" aria-hidden="true" />
      <span className="kern-body">{message}</span>
    </p>
  );
}

/** The ids that describe a control: its hint and, when there is one, its error (and `extra`). */
export function describedBy(
  id: string,
  hint: boolean,
  error: boolean,
  extra?: string,
): string | undefined {
  const ids = [hint && `${id}-hint`, error && `${id}-error`, extra].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** KERN's input class, with its error variant while the field has an error. */
export function inputClass(error: string | undefined, base = 'kern-form-input__input'): string {
  return error ? `${base} ${base}--error` : base;
}

/**
 * Label, hint and error above a single control, in KERN's order. The hint gets the id
 * `${id}-hint` and the error `${id}-error`: pass {@link describedBy} to the control.
 */
export function FormField({
  id,
  label,
  hint,
  error,
  optionalText,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  /** "(optional)" in the UI language, for fields that may stay empty. */
  optionalText?: string;
  children: ReactNode;
}) {
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {optionalText && <span className="kern-label__optional"> {optionalText}</span>}
      </label>
      {hint && (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && <FieldError id={`${id}-error`} message={error} />}
      {children}
    </div>
  );
}
