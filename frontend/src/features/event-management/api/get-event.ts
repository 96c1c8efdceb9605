import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { eventKeys } from '@/features/event-management/api/event-keys';
import { api, unwrap } from '@/lib/api-client';

export type Event = components['schemas']['Event'];
export type EventStatus = components['schemas']['EventStatus'];
export type AgendaItem = components['schemas']['AgendaItem'];
export type AgendaKind = components['schemas']['AgendaKind'];
export type Venue = components['schemas']['Venue'];
export type Material = components['schemas']['Material'];
export type MunicipalityRef = components['schemas']['MunicipalityRef'];

export const AGENDA_KINDS: readonly AgendaKind[] = [
  'WELCOME',
  'TALK',
  'EXCHANGE',
  'EXCURSION',
  'BREAK',
  'OTHER',
];

/** The event together with the `ETag` that a change must send in `If-Match`. */
export type VersionedEvent = { event: Event; etag: string };

export async function getEvent(eventId: string): Promise<VersionedEvent> {
  const result = await api.GET('/api/v1/events/{eventId}', {
    params: { path: { eventId } },
  });
  const event = unwrap(result);
  return { event, etag: result.response.headers.get('ETag') ?? '' };
}

export function managedEventQueryOptions(eventId: string) {
  return queryOptions({
    queryKey: eventKeys.managed(eventId),
    queryFn: () => getEvent(eventId),
  });
}

/** The event as the coordination edits it (with its ETag). */
export function useManagedEvent(eventId: string) {
  return useQuery(managedEventQueryOptions(eventId));
}
