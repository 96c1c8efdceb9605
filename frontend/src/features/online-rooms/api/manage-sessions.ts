import { useMutation, useQueryClient } from '@tanstack/react-query';
import { roomKeys } from '@/features/online-rooms/api/get-rooms';
import type {
  Session,
  SessionInput,
  VersionedSession,
} from '@/features/online-rooms/api/get-sessions';
import { api, unwrap } from '@/lib/api-client';
import { meKeys } from '@/api/me';

/** Changes one session; `etag` is the session version the coordinator saw. */
export async function updateSession({
  roomId,
  date,
  input,
  etag,
}: {
  roomId: string;
  networkId: string;
  date: string;
  input: SessionInput;
  etag: string;
}): Promise<VersionedSession> {
  const result = await api.PUT('/api/v1/online-rooms/{roomId}/sessions/{date}', {
    params: { path: { roomId, date }, header: { 'If-Match': etag } },
    body: input,
  });
  const session = unwrap(result);
  return { session, etag: result.response.headers.get('ETag') ?? '' };
}

/** What stays when only the time or the cancellation changes: topic, presenter and materials. */
function kept(session: Session): Omit<SessionInput, 'cancelled'> {
  return {
    topic: session.topic ?? null,
    presenter: session.presenter ?? null,
    materials: session.materials,
  };
}

/** Cancels the session, keeping a move it may have had. */
export function cancelInput(session: Session, reason: string): SessionInput {
  return {
    ...kept(session),
    cancelled: true,
    cancellationReason: reason.trim() === '' ? null : reason.trim(),
    startsAt: session.status === 'MOVED' ? session.startsAt : null,
    durationMinutes: null,
  };
}

/** Moves the session to a new start (with offset) and duration. */
export function moveInput(
  session: Session,
  startsAt: string,
  durationMinutes: number,
): SessionInput {
  return { ...kept(session), cancelled: false, startsAt, durationMinutes };
}

/** Back to the scheduled time, not cancelled. */
export function restoreInput(session: Session): SessionInput {
  return { ...kept(session), cancelled: false, startsAt: null, durationMinutes: null };
}

export function useUpdateSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSession,
    onSuccess: async (saved, { roomId, networkId, date }) => {
      queryClient.setQueryData(roomKeys.session(roomId, date), saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: roomKeys.room(roomId) }),
        queryClient.invalidateQueries({ queryKey: roomKeys.ofNetwork(networkId) }),
        queryClient.invalidateQueries({ queryKey: meKeys.upcoming }),
      ]);
    },
  });
}
