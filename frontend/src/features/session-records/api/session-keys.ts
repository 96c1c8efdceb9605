/**
 * Query keys of this feature. They live under `['online-rooms', roomId]`, so whatever refreshes a
 * room (e.g. after a session was cancelled) refreshes these too, and under their own `records`
 * segment, so they never share a cache entry of a different shape with the rooms feature.
 */
export const sessionKeys = {
  all: (roomId: string) => ['online-rooms', roomId, 'records'] as const,
  room: (roomId: string) => ['online-rooms', roomId, 'records', 'room'] as const,
  session: (roomId: string, date: string) =>
    ['online-rooms', roomId, 'records', 'sessions', date] as const,
  minutes: (roomId: string, date: string) =>
    ['online-rooms', roomId, 'records', 'sessions', date, 'minutes'] as const,
  attendance: (roomId: string, date: string) =>
    ['online-rooms', roomId, 'records', 'sessions', date, 'attendance'] as const,
  report: (networkId: string, from: string, to: string) =>
    ['networks', networkId, 'attendance-report', { from, to }] as const,
};
