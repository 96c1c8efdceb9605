import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { eventKeys, type EventsWhen } from '@/features/events/api/event-keys';
import { api, unwrap } from '@/lib/api-client';

export type Event = components['schemas']['Event'];
export type EventPage = components['schemas']['EventPage'];
export type AgendaItem = components['schemas']['AgendaItem'];
export type AgendaKind = components['schemas']['AgendaKind'];
export type EventStatus = components['schemas']['EventStatus'];
export type MyRegistrationSummary = components['schemas']['MyRegistrationSummary'];
type Network = components['schemas']['Network'];

export const EVENTS_PAGE_SIZE = 20;

/** One page of a network's events: upcoming soonest first, past ones latest first. */
export async function getNetworkEvents(
  networkId: string,
  when: EventsWhen,
  page: number,
  size = EVENTS_PAGE_SIZE,
): Promise<EventPage> {
  return unwrap(
    await api.GET('/api/v1/networks/{id}/events', {
      params: { path: { id: networkId }, query: { when, page, size } },
    }),
  );
}

export function networkEventsQueryOptions(networkId: string, when: EventsWhen, page: number) {
  return queryOptions({
    queryKey: eventKeys.list(networkId, when, page),
    queryFn: () => getNetworkEvents(networkId, when, page),
  });
}

/** Keeps the previous page on screen while the next one loads. */
export function useNetworkEvents(networkId: string, when: EventsWhen, page: number) {
  return useQuery({
    ...networkEventsQueryOptions(networkId, when, page),
    placeholderData: keepPreviousData,
  });
}

/** The next upcoming event of a network, `null` when none is planned. */
export function useNextEvent(networkId: string) {
  return useQuery({
    queryKey: eventKeys.next(networkId),
    queryFn: async () => (await getNetworkEvents(networkId, 'upcoming', 0, 1)).items[0] ?? null,
  });
}

/** The network's name for the list page's heading. */
export function useEventsNetwork(networkId: string) {
  return useQuery({
    queryKey: eventKeys.network(networkId),
    queryFn: async (): Promise<Network> =>
      unwrap(await api.GET('/api/v1/networks/{id}', { params: { path: { id: networkId } } })),
  });
}
