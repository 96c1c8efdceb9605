import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';

export type Event = components['schemas']['Event'];
export type EventPage = components['schemas']['EventPage'];
export type EventStatus = components['schemas']['EventStatus'];
export type EventInput = components['schemas']['EventInput'];
export type AgendaItem = components['schemas']['AgendaItem'];
export type AgendaItemInput = components['schemas']['AgendaItemInput'];
export type AgendaKind = components['schemas']['AgendaKind'];
export type Venue = components['schemas']['Venue'];
export type Material = components['schemas']['Material'];
export type MyRegistrationSummary = components['schemas']['MyRegistrationSummary'];

export const AGENDA_KINDS: readonly AgendaKind[] = [
  'WELCOME',
  'TALK',
  'EXCHANGE',
  'EXCURSION',
  'BREAK',
  'OTHER',
];

export type EventsWhen = 'upcoming' | 'past';

/**
 * The query keys of on-site events, for every feature that shows or changes them. Everything about
 * one event sits under `['events', eventId]` (the event itself, its registrations, the own
 * registration), a network's lists under `['networks', networkId, 'events']`: invalidating either
 * prefix refreshes every view of it.
 */
export const eventKeys = {
  all: (eventId: string) => ['events', eventId] as const,
  detail: (eventId: string) => ['events', eventId, 'detail'] as const,
  myRegistration: (eventId: string) => ['events', eventId, 'registrations', 'me'] as const,
  registrations: (eventId: string) => ['events', eventId, 'registrations', 'list'] as const,
  registrationPage: (eventId: string, status: string | undefined, page: number) =>
    ['events', eventId, 'registrations', 'list', status ?? 'ALL', page] as const,
  lists: (networkId: string) => ['networks', networkId, 'events'] as const,
  list: (networkId: string, when: EventsWhen, page: number) =>
    ['networks', networkId, 'events', 'list', { when, page }] as const,
  next: (networkId: string) => ['networks', networkId, 'events', 'next'] as const,
};

/** While someone waits on the waitlist, the event and their registration are read this often. */
export const WAITLIST_POLL_MS = 30_000;

/** The event together with the `ETag` that a change must send in `If-Match`. */
export type VersionedEvent = { event: Event; etag: string };

function versioned(result: { data?: Event; error?: unknown; response: Response }): VersionedEvent {
  const event = unwrap(result);
  return { event, etag: result.response.headers.get('ETag') ?? '' };
}

export async function getEvent(eventId: string): Promise<VersionedEvent> {
  return versioned(await api.GET('/api/v1/events/{eventId}', { params: { path: { eventId } } }));
}

/** One cache entry per event, for the members' page and the coordination's editor alike. */
export function eventQueryOptions(eventId: string) {
  return queryOptions({ queryKey: eventKeys.detail(eventId), queryFn: () => getEvent(eventId) });
}

/** The event with its ETag, as the coordination edits it. */
export function useVersionedEvent(eventId: string) {
  return useQuery(eventQueryOptions(eventId));
}

/** The event; `poll` reads it again every 30 s (seats and waitlist move while one waits). */
export function useEvent(eventId: string, poll = false) {
  return useQuery({
    ...eventQueryOptions(eventId),
    select: (data) => data.event,
    refetchInterval: poll ? WAITLIST_POLL_MS : false,
  });
}

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

export async function createEvent({
  networkId,
  input,
}: {
  networkId: string;
  input: EventInput;
}): Promise<VersionedEvent> {
  return versioned(
    await api.POST('/api/v1/networks/{id}/events', {
      params: { path: { id: networkId } },
      body: input,
    }),
  );
}

/** Changes the event (and its agenda and report), based on the version read (`If-Match`). */
export async function updateEvent({
  eventId,
  input,
  etag,
}: {
  eventId: string;
  input: EventInput;
  etag: string;
}): Promise<VersionedEvent> {
  return versioned(
    await api.PUT('/api/v1/events/{eventId}', {
      params: { path: { eventId }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
}

/** Deletes a draft, cancels a published event (with its registrations). */
export async function deleteEvent({ eventId }: { eventId: string; networkId: string }) {
  const result = await api.DELETE('/api/v1/events/{eventId}', {
    params: { path: { eventId } },
  });
  if (!result.response.ok) unwrap(result);
}

/** A saved event is put into the cache as it came back; every other view of it is read again. */
function putSaved(queryClient: QueryClient, saved: VersionedEvent) {
  queryClient.setQueryData(eventKeys.detail(saved.event.id), saved);
  void queryClient.invalidateQueries({
    queryKey: eventKeys.all(saved.event.id),
    predicate: (query) => query.queryKey[2] !== 'detail',
  });
  void queryClient.invalidateQueries({ queryKey: eventKeys.lists(saved.event.networkId) });
}

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEvent,
    onSuccess: (saved) => putSaved(queryClient, saved),
  });
}

export function useUpdateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEvent,
    onSuccess: (saved) => putSaved(queryClient, saved),
  });
}

export function useDeleteEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteEvent,
    onSuccess: (_, { eventId, networkId }) => {
      void queryClient.invalidateQueries({ queryKey: eventKeys.all(eventId) });
      void queryClient.invalidateQueries({ queryKey: eventKeys.lists(networkId) });
    },
  });
}
