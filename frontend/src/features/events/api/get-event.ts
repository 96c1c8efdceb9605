import { queryOptions, useQuery } from '@tanstack/react-query';
import { eventKeys } from '@/features/events/api/event-keys';
import type { Event } from '@/features/events/api/get-events';
import { api, unwrap } from '@/lib/api-client';

/** While someone waits on the waitlist, the event and their registration are read this often. */
export const WAITLIST_POLL_MS = 30_000;

export async function getEvent(eventId: string): Promise<Event> {
  return unwrap(await api.GET('/api/v1/events/{eventId}', { params: { path: { eventId } } }));
}

export function eventQueryOptions(eventId: string) {
  return queryOptions({ queryKey: eventKeys.event(eventId), queryFn: () => getEvent(eventId) });
}

/** The event; `poll` reads it again every 30 s (seats and waitlist move while one waits). */
export function useEvent(eventId: string, poll = false) {
  return useQuery({
    ...eventQueryOptions(eventId),
    refetchInterval: poll ? WAITLIST_POLL_MS : false,
  });
}
