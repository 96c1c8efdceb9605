import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { PROFILE_QUERY_KEY, type VersionedProfile } from '@/features/profile/api/get-profile';
import { api, unwrap } from '@/lib/api-client';

export type ProfileInput = components['schemas']['ProfileInput'];

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
    onSuccess: (saved) => queryClient.setQueryData(PROFILE_QUERY_KEY, saved),
  });
}
