import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { roomKeys } from '@/features/online-rooms/api/get-rooms';
import { api, unwrap } from '@/lib/api-client';

export type Session = components['schemas']['Session'];
export type SessionInput = components['schemas']['SessionInput'];

/** A session together with the `ETag` that a change must send in `If-Match`. */
export type VersionedSession = { session: Session; etag: string };

/** The sessions whose original date lies between `from` and `to` (inclusive), oldest first. */
export async function listSessions(roomId: string, from: string, to: string): Promise<Session[]> {
  const list = unwrap(
    await api.GET('/api/v1/online-rooms/{roomId}/sessions', {
      params: { path: { roomId }, query: { from, to } },
    }),
  );
  return list.items;
}

export function sessionsQueryOptions(roomId: string, from: string, to: string) {
  return queryOptions({
    queryKey: roomKeys.sessions(roomId, from, to),
    queryFn: () => listSessions(roomId, from, to),
  });
}

export function useSessions(roomId: string, from: string, to: string) {
  return useQuery(sessionsQueryOptions(roomId, from, to));
}

export async function getSession(roomId: string, date: string): Promise<VersionedSession> {
  const result = await api.GET('/api/v1/online-rooms/{roomId}/sessions/{date}', {
    params: { path: { roomId, date } },
  });
  const session = unwrap(result);
  return { session, etag: result.response.headers.get('ETag') ?? '' };
}

/** One session with its version; read when a coordinator opens a change, so the ETag is current. */
export function useSession(roomId: string, date: string, enabled = true) {
  return useQuery({
    queryKey: roomKeys.session(roomId, date),
    queryFn: () => getSession(roomId, date),
    enabled,
    staleTime: 0,
  });
}
