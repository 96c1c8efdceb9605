/**
 * Query keys of this feature. Events live under `['events', eventId]` and lists under
 * `['networks', networkId, 'events']`, so whatever refreshes an event or a network's events
 * (e.g. after a coordinator changed one) refreshes these too; the `view` segment keeps them from
 * sharing a cache entry of another shape with other features.
 */
export const eventKeys = {
  lists: (networkId: string) => ['networks', networkId, 'events'] as const,
  list: (networkId: string, when: EventsWhen, page: number) =>
    ['networks', networkId, 'events', 'view', 'list', { when, page }] as const,
  next: (networkId: string) => ['networks', networkId, 'events', 'view', 'next'] as const,
  network: (networkId: string) => ['networks', networkId, 'events', 'view', 'network'] as const,
  event: (eventId: string) => ['events', eventId, 'view', 'event'] as const,
  mine: (eventId: string) => ['events', eventId, 'view', 'mine'] as const,
  myId: ['me', 'events-view', 'id'] as const,
};

export type EventsWhen = 'upcoming' | 'past';
