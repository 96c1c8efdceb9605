import { useQuery } from '@tanstack/react-query';
import { eventKeys } from '@/features/events/api/event-keys';
import type { Event } from '@/features/events/api/get-events';
import { api, unwrap } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';
import { useMyMemberships } from '@/lib/my-memberships';

/** The caller's own participant id (from `/me`), to recognise the event's host. */
async function getMyParticipantId(): Promise<string> {
  return unwrap(await api.GET('/api/v1/me')).id;
}

export type EventRole = {
  /** An active member (or coordinator) of the event's network: registers themselves. */
  isMember: boolean;
  /** An active coordinator of the network, or an admin: edits the event, sees registrations. */
  isManager: boolean;
  /** The event's host participant: sees its registrations. */
  isHost: boolean;
};

/**
 * What the signed-in person may do with an event, from `/me/memberships`, `/me` and the realm
 * role `admin`. Only decides what is offered; the API stays the judge.
 */
export function useEventRole(event: Pick<Event, 'networkId' | 'host'>): EventRole {
  const { roles } = useAuth();
  const memberships = useMyMemberships();
  const hostId = event.host.participant?.id;
  const me = useQuery({
    queryKey: eventKeys.myId,
    queryFn: getMyParticipantId,
    enabled: hostId !== undefined,
    staleTime: Infinity,
  });
  const active = (memberships.data ?? []).find(
    (m) => m.networkId === event.networkId && m.state === 'ACTIVE',
  );
  return {
    isMember: active !== undefined,
    isManager: roles.includes('admin') || active?.role === 'COORDINATOR',
    isHost: hostId !== undefined && me.data === hostId,
  };
}
