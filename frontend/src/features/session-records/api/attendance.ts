import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import type { AttendanceStatus } from '@/features/session-records/api/get-session';
import { sessionKeys } from '@/features/session-records/api/session-keys';
import { api, unwrap } from '@/lib/api-client';

export type AttendanceSheet = components['schemas']['AttendanceSheet'];
export type AttendanceEntry = components['schemas']['AttendanceEntry'];

/** The list together with the `ETag` that a change must send in `If-Match`. */
export type VersionedSheet = { sheet: AttendanceSheet; etag: string };

/** One change: a status, or `null` to remove the record. */
export type AttendanceChange = { participantId: string; status: AttendanceStatus | null };

export async function getAttendance(roomId: string, date: string): Promise<VersionedSheet> {
  const result = await api.GET('/api/v1/online-rooms/{roomId}/sessions/{date}/attendance', {
    params: { path: { roomId, date } },
  });
  const sheet = unwrap(result);
  return { sheet, etag: result.response.headers.get('ETag') ?? '' };
}

export function attendanceQueryOptions(roomId: string, date: string) {
  return queryOptions({
    queryKey: sessionKeys.attendance(roomId, date),
    queryFn: () => getAttendance(roomId, date),
  });
}

export function useAttendance(roomId: string, date: string) {
  return useQuery(attendanceQueryOptions(roomId, date));
}

/** Records only the given changes; the others stay as they are. */
export async function recordAttendance({
  roomId,
  date,
  changes,
  etag,
}: {
  roomId: string;
  date: string;
  changes: AttendanceChange[];
  etag: string;
  /** Only to refresh that network's report afterwards. */
  networkId?: string;
}): Promise<VersionedSheet> {
  const result = await api.PUT('/api/v1/online-rooms/{roomId}/sessions/{date}/attendance', {
    params: { path: { roomId, date }, header: { 'If-Match': etag } },
    body: { entries: changes },
  });
  const sheet = unwrap(result);
  return { sheet, etag: result.response.headers.get('ETag') ?? '' };
}

export function useRecordAttendance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordAttendance,
    onSuccess: (saved, { roomId, date, networkId }) => {
      queryClient.setQueryData(sessionKeys.attendance(roomId, date), saved);
      if (networkId) {
        void queryClient.invalidateQueries({
          queryKey: ['networks', networkId, 'attendance-report'],
        });
      }
    },
  });
}
