/**
 * Query keys of this feature. They sit under `['events', eventId]`, so invalidating an event there
 * refreshes every view of it, but never share an entry with another feature's (different shapes).
 */
export const eventKeys = {
  event: (eventId: string) => ['events', eventId] as const,
  managed: (eventId: string) => ['events', eventId, 'managed'] as const,
  registrations: (eventId: string) => ['events', eventId, 'registration-list'] as const,
  registrationPage: (eventId: string, status: string | undefined, page: number) =>
    ['events', eventId, 'registration-list', status ?? 'ALL', page] as const,
  networkEvents: (networkId: string) => ['networks', networkId, 'events'] as const,
};
