import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** An error message next to its field (KERN `kern-error`), referenced by the field's aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p className="kern-error" id={id}>
      <span className="kern-icon kern-icon--danger" aria-hidden="true" />
      <span className="kern-body">{message}</span>
    </p>
  );
}

/** The ids that describe a field: its hint and, when there is one, its error. */
export function describedBy(id: string, hint: boolean, error: boolean, extra?: string) {
  const ids = [hint && `${id}-hint`, error && `${id}-error`, extra].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

type FormFieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  children: ReactNode;
};

/** Label, hint and error above a single control, in KERN's order. */
export function FormField({ id, label, hint, error, optional, children }: FormFieldProps) {
  const { t } = useTranslation('profile');
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {optional && <span className="kern-label__optional"> {t('optional')}</span>}
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

export function inputClass(error: string | undefined, base = 'kern-form-input__input'): string {
  return error ? `${base} ${base}--error` : base;
}
