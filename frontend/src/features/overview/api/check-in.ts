import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { meKeys } from '@/api/me';
import type { Upcoming } from '@/features/overview/api/get-upcoming';
import { api, unwrap } from '@/lib/api-client';

export type MyAttendance = components['schemas']['MyAttendance'];

/** Checks the caller in (from 15 minutes before the start until the end; otherwise 409). */
export async function checkIn({
  roomId,
  date,
}: {
  roomId: string;
  date: string;
}): Promise<MyAttendance> {
  return unwrap(
    await api.POST('/api/v1/online-rooms/{roomId}/sessions/{date}/attendance/me', {
      params: { path: { roomId, date } },
    }),
  );
}

/** After checking in, the list shows the new attendance at once. */
export function useCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: checkIn,
    onSuccess: (attendance, { roomId, date }) => {
      queryClient.setQueryData<Upcoming>(meKeys.upcoming, (upcoming) =>
        upcoming
          ? {
              ...upcoming,
              sessions: upcoming.sessions.map((item) =>
                item.roomId === roomId && item.session.date === date
                  ? { ...item, session: { ...item.session, myAttendance: attendance.status } }
                  : item,
              ),
            }
          : upcoming,
      );
    },
  });
}
