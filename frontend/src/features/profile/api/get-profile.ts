import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';

export type Profile = components['schemas']['Profile'];

/** The profile together with the `ETag` that a later update must send in `If-Match`. */
export type VersionedProfile = { profile: Profile; etag: string };

/** Reads the own profile; the API creates it from the token on the first call. */
export async function getProfile(): Promise<VersionedProfile> {
  const result = await api.GET('/api/v1/me');
  const profile = unwrap(result);
  return { profile, etag: result.response.headers.get('ETag') ?? '' };
}

export const PROFILE_QUERY_KEY = ['me', 'profile'] as const;

export function profileQueryOptions() {
  return queryOptions({ queryKey: PROFILE_QUERY_KEY, queryFn: getProfile });
}

export function useProfile() {
  return useQuery(profileQueryOptions());
}
