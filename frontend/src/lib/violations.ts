import { ApiError } from '@/lib/api-client';

/** A 400 problem's violations, sorted into the form's fields and the rest. */
export type SortedViolations<K extends string> = {
  /** The first message for each field the form shows. */
  fields: Partial<Record<K, string>>;
  /** Messages that belong to no field of the form, for the error summary. */
  other: string[];
};

/**
 * Sorts the violations of a 400 problem into the form's fields (`fieldOf` maps the API's field
 * path to a form field, or undefined) and the rest; null for any other error.
 */
export function sortViolations<K extends string>(
  error: unknown,
  fieldOf: (path: string | undefined) => K | undefined,
): SortedViolations<K> | null {
  const violations = error instanceof ApiError ? error.problem?.violations : undefined;
  if (!(error instanceof ApiError) || error.status !== 400 || !violations?.length) return null;
  const fields: Partial<Record<K, string>> = {};
  const other: string[] = [];
  for (const violation of violations) {
    const field = fieldOf(violation.field);
    const message = violation.message ?? '';
    if (!field) other.push(message);
    else if (!fields[field]) fields[field] = message;
  }
  return { fields, other };
}
