import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import type { Session } from '@/features/session-records/api/get-session';
import { sessionKeys } from '@/features/session-records/api/session-keys';
import { api, unwrap } from '@/lib/api-client';
import { meKeys } from '@/api/me';

export type MyAttendance = components['schemas']['MyAttendance'];

type SessionRef = { roomId: string; date: string };

/** Checks the caller in (from 15 minutes before the start until the end; otherwise 409). */
export async function checkIn({ roomId, date }: SessionRef): Promise<MyAttendance> {
  return unwrap(
    await api.POST('/api/v1/online-rooms/{roomId}/sessions/{date}/attendance/me', {
      params: { path: { roomId, date } },
    }),
  );
}

/** Excuses the caller (before the start, not for a cancelled session; otherwise 409). */
export async function excuse({ roomId, date }: SessionRef): Promise<MyAttendance> {
  return unwrap(
    await api.POST('/api/v1/online-rooms/{roomId}/sessions/{date}/attendance/me/excuse', {
      params: { path: { roomId, date } },
    }),
  );
}

/**
 * Shows the new state at once, then reads the room's sessions (here and in lists elsewhere) and
 * the caller's upcoming sessions again.
 */
function useMyAttendanceMutation(fn: (ref: SessionRef) => Promise<MyAttendance>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (result, { roomId, date }) => {
      queryClient.setQueryData<Session>(sessionKeys.session(roomId, date), (session) =>
        session ? { ...session, myAttendance: result.status } : session,
      );
      void queryClient.invalidateQueries({ queryKey: ['online-rooms', roomId] });
      void queryClient.invalidateQueries({ queryKey: meKeys.upcoming });
    },
  });
}

export function useCheckIn() {
  return useMyAttendanceMutation(checkIn);
}

export function useExcuse() {
  return useMyAttendanceMutation(excuse);
}
