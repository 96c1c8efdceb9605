import type { MunicipalityRef } from '@/api/municipalities';
import type { Profile, ProfileInput } from '@/api/me';

/** What the form edits; text fields as strings ('' for nothing), the municipality as a reference. */
export type ProfileValues = {
  displayName: string;
  jobTitle: string;
  municipality: MunicipalityRef | null;
  inOfficeSince: string;
  phone: string;
  topics: string[];
  bio: string;
  showEmail: boolean;
  showPhone: boolean;
};

export type ProfileField =
  | 'displayName'
  | 'jobTitle'
  | 'municipality'
  | 'inOfficeSince'
  | 'phone'
  | 'topics'
  | 'bio'
  | 'showEmail'
  | 'showPhone';

/** Order of the fields on the page, which is also the order of the error summary. */
export const PROFILE_FIELDS: readonly ProfileField[] = [
  'displayName',
  'jobTitle',
  'municipality',
  'inOfficeSince',
  'topics',
  'bio',
  'phone',
  'showEmail',
  'showPhone',
];

export const LIMITS = { name: 200, jobTitle: 200, topic: 50, topics: 20, bio: 1000 } as const;
const PHONE = /^\+?[0-9 ()/-]{3,40}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The id of the control that an error of `field` points to (the summary links there). */
export function fieldId(field: ProfileField): string {
  return `profile-${field}`;
}

export function toValues(profile: Profile): ProfileValues {
  return {
    displayName: profile.displayName,
    jobTitle: profile.jobTitle ?? '',
    municipality: profile.municipality
      ? {
          id: profile.municipality.id,
          name: profile.municipality.name,
          officialKey: profile.municipality.officialKey,
        }
      : null,
    inOfficeSince: profile.inOfficeSince ?? '',
    phone: profile.phone ?? '',
    topics: [...profile.topics],
    bio: profile.bio ?? '',
    showEmail: profile.showEmail,
    showPhone: profile.showPhone,
  };
}

function orNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

export function toInput(values: ProfileValues): ProfileInput {
  return {
    displayName: values.displayName.trim(),
    jobTitle: orNull(values.jobTitle),
    municipalityId: values.municipality?.id ?? null,
    inOfficeSince: orNull(values.inOfficeSince),
    phone: orNull(values.phone),
    topics: values.topics,
    bio: orNull(values.bio),
    showEmail: values.showEmail,
    showPhone: values.showPhone,
  };
}

export function sameValues(a: ProfileValues, b: ProfileValues): boolean {
  return JSON.stringify(toInput(a)) === JSON.stringify(toInput(b));
}

/** Error keys (of the `profile` namespace) per field; the same rules as the API's. */
export type FieldErrorKey =
  | 'errors.displayNameRequired'
  | 'errors.displayNameTooLong'
  | 'errors.jobTitleTooLong'
  | 'errors.inOfficeSinceInvalid'
  | 'errors.inOfficeSinceFuture'
  | 'errors.phoneInvalid'
  | 'errors.topicTooLong'
  | 'errors.topicsTooMany'
  | 'errors.bioTooLong';

export function validate(
  values: ProfileValues,
  today: string,
): Partial<Record<ProfileField, FieldErrorKey>> {
  const errors: Partial<Record<ProfileField, FieldErrorKey>> = {};
  const name = values.displayName.trim();
  if (name === '') errors.displayName = 'errors.displayNameRequired';
  else if (name.length > LIMITS.name) errors.displayName = 'errors.displayNameTooLong';
  if (values.jobTitle.trim().length > LIMITS.jobTitle) errors.jobTitle = 'errors.jobTitleTooLong';
  const date = values.inOfficeSince.trim();
  if (date !== '') {
    if (!ISO_DATE.test(date) || Number.isNaN(Date.parse(date))) {
      errors.inOfficeSince = 'errors.inOfficeSinceInvalid';
    } else if (date > today) {
      errors.inOfficeSince = 'errors.inOfficeSinceFuture';
    }
  }
  const phone = values.phone.trim();
  if (phone !== '' && !PHONE.test(phone)) errors.phone = 'errors.phoneInvalid';
  if (values.topics.length > LIMITS.topics) errors.topics = 'errors.topicsTooMany';
  else if (values.topics.some((topic) => topic.length > LIMITS.topic)) {
    errors.topics = 'errors.topicTooLong';
  }
  if (values.bio.length > LIMITS.bio) errors.bio = 'errors.bioTooLong';
  return errors;
}

/** Maps a violation's JSON path from the API (`topics[0]`, `municipalityId`) to a form field. */
export function fieldOfViolation(path: string | undefined): ProfileField | undefined {
  if (!path) return undefined;
  const head = path.split(/[.[]/)[0] ?? '';
  if (head === 'municipalityId') return 'municipality';
  return (PROFILE_FIELDS as readonly string[]).includes(head) ? (head as ProfileField) : undefined;
}
