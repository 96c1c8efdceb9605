import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { sessionKeys } from '@/features/session-records/api/session-keys';
import { api, unwrap } from '@/lib/api-client';

export type Minutes = components['schemas']['Minutes'];
export type MinutesInput = components['schemas']['MinutesInput'];
export type MinutesStatus = components['schemas']['MinutesStatus'];

export const MINUTES_STATUSES: readonly MinutesStatus[] = ['DRAFT', 'PUBLISHED'];
export const MINUTES_MAX_LENGTH = 50_000;

/** The minutes together with the `ETag` that the next change must send in `If-Match`. */
export type VersionedMinutes = { minutes: Minutes; etag: string };

/**
 * The session's minutes, or `null` while there are none: the API answers 404 both when nothing
 * was written yet and (for members) while they are a draft.
 */
export async function getMinutes(roomId: string, date: string): Promise<VersionedMinutes | null> {
  const result = await api.GET('/api/v1/online-rooms/{roomId}/sessions/{date}/minutes', {
    params: { path: { roomId, date } },
  });
  if (result.response.status === 404) return null;
  const minutes = unwrap(result);
  return { minutes, etag: result.response.headers.get('ETag') ?? '' };
}

export function minutesQueryOptions(roomId: string, date: string) {
  return queryOptions({
    queryKey: sessionKeys.minutes(roomId, date),
    queryFn: () => getMinutes(roomId, date),
  });
}

export function useMinutes(roomId: string, date: string) {
  return useQuery(minutesQueryOptions(roomId, date));
}

/** Writes the minutes; the first version goes without `If-Match`, every later one with the ETag. */
export async function saveMinutes({
  roomId,
  date,
  input,
  etag,
}: {
  roomId: string;
  date: string;
  input: MinutesInput;
  /** `undefined` for the first version. */
  etag: string | undefined;
}): Promise<VersionedMinutes> {
  const result = await api.PUT('/api/v1/online-rooms/{roomId}/sessions/{date}/minutes', {
    params: { path: { roomId, date }, header: etag ? { 'If-Match': etag } : undefined },
    body: input,
  });
  const minutes = unwrap(result);
  return { minutes, etag: result.response.headers.get('ETag') ?? '' };
}

/** Saves, shows the saved version at once and reads the session again (`minutesPublished`). */
export function useSaveMinutes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveMinutes,
    onSuccess: (saved, { roomId, date }) => {
      queryClient.setQueryData(sessionKeys.minutes(roomId, date), saved);
      void queryClient.invalidateQueries({ queryKey: sessionKeys.session(roomId, date) });
    },
  });
}
