import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { sessionKeys } from '@/features/session-records/api/session-keys';
import { api, unwrap } from '@/lib/api-client';

export type OnlineRoom = components['schemas']['OnlineRoom'];
export type Session = components['schemas']['Session'];
export type AttendanceStatus = components['schemas']['AttendanceStatus'];

export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ['PRESENT', 'EXCUSED', 'ABSENT'];

/** The room a session belongs to: its title and network. */
export async function getRoom(roomId: string): Promise<OnlineRoom> {
  return unwrap(await api.GET('/api/v1/online-rooms/{roomId}', { params: { path: { roomId } } }));
}

export function roomQueryOptions(roomId: string) {
  return queryOptions({ queryKey: sessionKeys.room(roomId), queryFn: () => getRoom(roomId) });
}

export function useRoom(roomId: string) {
  return useQuery(roomQueryOptions(roomId));
}

/** One session by its original local date; a date that is no occurrence is a 404. */
export async function getSession(roomId: string, date: string): Promise<Session> {
  return unwrap(
    await api.GET('/api/v1/online-rooms/{roomId}/sessions/{date}', {
      params: { path: { roomId, date } },
    }),
  );
}

export function sessionQueryOptions(roomId: string, date: string) {
  return queryOptions({
    queryKey: sessionKeys.session(roomId, date),
    queryFn: () => getSession(roomId, date),
  });
}

/** Read again every minute, so check-in appears when it opens and disappears when it closes. */
export function useSession(roomId: string, date: string) {
  return useQuery({ ...sessionQueryOptions(roomId, date), refetchInterval: 60_000 });
}
