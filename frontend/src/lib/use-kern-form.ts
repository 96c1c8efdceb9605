import { useRef, useState, type FormEvent } from 'react';
import { useForm, useWatch, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { SummaryError } from '@/components/ui/error-summary';
import { isVersionConflict } from '@/lib/api-client';
import { useUnsavedChangesWarning } from '@/lib/use-unsaved-changes-warning';
import { sortViolations } from '@/lib/violations';

/** Messages per error path (already in the UI language). */
export type FormErrors<P extends string> = Partial<Record<P, string>>;

type KernFormOptions<V extends FieldValues, P extends string> = {
  /** The values the form starts from; "unsaved changes" are measured against them. */
  initial: V;
  /** The API's rules, checked before sending: the message of each failing path. */
  validate: (values: V) => FormErrors<P>;
  /** Where a violation of a 400 problem belongs (its API field path), given the values sent. */
  fieldOf: (apiField: string | undefined, sent: V) => P | undefined;
  /** The error paths in the order of the page: the order of the error summary. */
  order: (values: V) => readonly P[];
  /** The id of the control the summary links to for a path. */
  controlOf: (path: P) => string;
  /** Whether two values say the same (e.g. ignoring surrounding spaces); deep equality otherwise. */
  same?: (a: V, b: V) => boolean;
  /** Called whenever errors are shown (e.g. to leave a preview, so the fields can be seen). */
  onErrors?: () => void;
  /**
   * Whether leaving the page with unsaved changes asks first (default). Off for small forms that
   * are part of a page with its own guard or nothing much to lose (a router has one blocker).
   */
  guard?: boolean;
};

/**
 * The one form engine of the SPA: react-hook-form keeps the values (inputs are registered, lists
 * are field arrays, sections read the form from context), this hook adds what every form of this
 * house does around it, in one way:
 *
 * - the check before sending, its errors next to the fields and in the error summary, which takes
 *   the focus (`submit`);
 * - the answer of the API (`fail`): a 412/428 becomes the conflict alert, the violations of a 400
 *   go to their fields and the summary, anything else is the failure shown above the form;
 * - the unsaved-changes state and the leave-page guard (`dirty`, `blocker`; set `leaving.current`
 *   before navigating away on purpose);
 * - a new baseline after saving or loading the current version (`reset`).
 */
export function useKernForm<V extends FieldValues, P extends string>(
  options: KernFormOptions<V, P>,
) {
  const form = useForm<V>({
    defaultValues: options.initial as DefaultValues<V>,
    shouldFocusError: false,
  });
  const [baseline, setBaseline] = useState(options.initial);
  const [errors, setErrors] = useState<FormErrors<P>>({});
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const [summaryFocus, setSummaryFocus] = useState(0);
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const leaving = useRef(false);

  const values = useWatch({ control: form.control }) as V;
  const dirty = options.same
    ? !options.same(values, baseline)
    : JSON.stringify(values) !== JSON.stringify(baseline);
  const blocker = useUnsavedChangesWarning((options.guard ?? true) && dirty, leaving);

  const show = (found: FormErrors<P>, other: string[] = []) => {
    const current = form.getValues();
    const order = options.order(current);
    const paths = Object.keys(found) as P[];
    setErrors(found);
    setSummary([
      ...order
        .filter((path) => found[path])
        .map((path) => ({ fieldId: options.controlOf(path), message: found[path]! })),
      ...paths.filter((path) => !order.includes(path)).map((path) => ({ message: found[path]! })),
      ...other.map((message) => ({ message })),
    ]);
    setSummaryFocus((n) => n + 1);
    options.onErrors?.();
  };

  const clearErrors = () => {
    setErrors({});
    setSummary([]);
  };

  /** Forgets the outcome of the last attempt (conflict, failure); the field errors stay until the next check. */
  const clearOutcome = () => {
    setConflict(false);
    setFailure(null);
  };

  /**
   * Checks the values; shows the errors and answers false when there are some. `submit` does this
   * before `save`; actions besides saving (e.g. "publish") call it themselves.
   */
  const check = (): boolean => {
    const found = options.validate(form.getValues());
    if (Object.keys(found).length > 0) {
      show(found);
      return false;
    }
    clearErrors();
    return true;
  };

  /** The form's onSubmit: checks, then hands the values to `save`. */
  const submit = (save: (values: V) => void) => (event?: FormEvent) => {
    event?.preventDefault();
    clearOutcome();
    if (check()) save(form.getValues());
  };

  /** What the API answered instead of saving; `sent` are the values that were sent. */
  const fail = (error: unknown, sent: V) => {
    if (isVersionConflict(error)) {
      setConflict(true);
      return;
    }
    const sorted = sortViolations(error, (field) => options.fieldOf(field, sent));
    if (sorted) {
      show(sorted.fields, sorted.other);
      return;
    }
    setFailure(error);
  };

  /** Takes back the error of one path, e.g. after the form itself fixed the value. */
  const clearError = (path: P) => {
    setErrors((previous) => ({ ...previous, [path]: undefined }));
    setSummary((previous) => previous.filter((entry) => entry.fieldId !== options.controlOf(path)));
  };

  /** A new baseline: after saving, or after loading the current version. */
  const reset = (next: V) => {
    form.reset(next);
    setBaseline(next);
    clearErrors();
    clearOutcome();
  };

  return {
    form,
    values,
    errors,
    errorOf: (path: P) => errors[path],
    summary,
    summaryFocus,
    conflict,
    failure,
    dirty,
    blocker,
    leaving,
    check,
    submit,
    fail,
    reset,
    clearOutcome,
    clearError,
  };
}

export type KernForm<V extends FieldValues, P extends string> = ReturnType<
  typeof useKernForm<V, P>
>;
