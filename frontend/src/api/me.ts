import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';

export type Profile = components['schemas']['Profile'];
export type ProfileInput = components['schemas']['ProfileInput'];
export type MyMembership = components['schemas']['MyMembership'];

/** The profile together with the `ETag` that a later update must send in `If-Match`. */
export type VersionedProfile = { profile: Profile; etag: string };

/**
 * Everything about the signed-in person lives under `['me']`: one cache entry per resource, so
 * every feature that asks "who am I" or "where am I a member" shares one request.
 */
export const meKeys = {
  profile: ['me', 'profile'] as const,
  memberships: ['me', 'memberships'] as const,
  upcoming: ['me', 'upcoming'] as const,
  calendarFeed: ['me', 'calendar-feed'] as const,
};

/** Reads the own profile; the API creates it from the token on the first call. */
export async function getProfile(): Promise<VersionedProfile> {
  const result = await api.GET('/api/v1/me');
  const profile = unwrap(result);
  return { profile, etag: result.response.headers.get('ETag') ?? '' };
}

export function profileQueryOptions() {
  return queryOptions({ queryKey: meKeys.profile, queryFn: getProfile });
}

export function useProfile() {
  return useQuery(profileQueryOptions());
}

/**
 * Whether `participantId` is the signed-in person (e.g. an event's host), from the one `/me`
 * entry; false while unknown or without an id (then `/me` is not even asked for).
 */
export function useIsMe(participantId: string | undefined): boolean {
  const me = useQuery({
    ...profileQueryOptions(),
    enabled: participantId !== undefined,
    select: (data) => data.profile.id,
  });
  return participantId !== undefined && me.data === participantId;
}

/**
 * The profile as an update that changes nothing: `PUT /me` replaces every editable field, so a
 * change of one field (e.g. the mail language) sends all the others as they are.
 */
export function profileInputOf(profile: Profile): ProfileInput {
  return {
    displayName: profile.displayName,
    jobTitle: profile.jobTitle,
    municipalityId: profile.municipality?.id ?? null,
    inOfficeSince: profile.inOfficeSince,
    phone: profile.phone,
    topics: [...profile.topics],
    bio: profile.bio,
    showEmail: profile.showEmail,
    showPhone: profile.showPhone,
    language: profile.language,
  };
}

/** Replaces the editable fields; `etag` is the version the change is based on (412 if it is stale). */
export async function updateProfile({
  input,
  etag,
}: {
  input: ProfileInput;
  etag: string;
}): Promise<VersionedProfile> {
  const result = await api.PUT('/api/v1/me', {
    params: { header: { 'If-Match': etag } },
    body: input,
  });
  const profile = unwrap(result);
  return { profile, etag: result.response.headers.get('ETag') ?? '' };
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (saved) => queryClient.setQueryData(meKeys.profile, saved),
  });
}

/** All own memberships; 100 is far more networks than one person belongs to. */
export async function getMyMemberships(): Promise<MyMembership[]> {
  const page = unwrap(
    await api.GET('/api/v1/me/memberships', { params: { query: { page: 0, size: 100 } } }),
  );
  return page.items;
}

export function myMembershipsQueryOptions() {
  return queryOptions({ queryKey: meKeys.memberships, queryFn: getMyMemberships });
}

export function useMyMemberships() {
  return useQuery(myMembershipsQueryOptions());
}
