import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';

export type OnlineRoom = components['schemas']['OnlineRoom'];
export type Schedule = components['schemas']['Schedule'];

/** A room together with the `ETag` that a later change must send in `If-Match`. */
export type VersionedRoom = { room: OnlineRoom; etag: string };

export const roomKeys = {
  all: ['online-rooms'] as const,
  room: (roomId: string) => ['online-rooms', roomId] as const,
  sessions: (roomId: string, from: string, to: string) =>
    ['online-rooms', roomId, 'sessions', { from, to }] as const,
  session: (roomId: string, date: string) => ['online-rooms', roomId, 'session', date] as const,
  ofNetwork: (networkId: string) => ['networks', networkId, 'online-rooms'] as const,
};

/** All rooms of a network (a network has a handful; 100 is the API's largest page). */
export async function listNetworkRooms(networkId: string): Promise<OnlineRoom[]> {
  const page = unwrap(
    await api.GET('/api/v1/networks/{id}/online-rooms', {
      params: { path: { id: networkId }, query: { page: 0, size: 100 } },
    }),
  );
  return page.items;
}

export function networkRoomsQueryOptions(networkId: string) {
  return queryOptions({
    queryKey: roomKeys.ofNetwork(networkId),
    queryFn: () => listNetworkRooms(networkId),
  });
}

export function useNetworkRooms(networkId: string) {
  return useQuery(networkRoomsQueryOptions(networkId));
}

export async function getRoom(roomId: string): Promise<VersionedRoom> {
  const result = await api.GET('/api/v1/online-rooms/{roomId}', {
    params: { path: { roomId } },
  });
  const room = unwrap(result);
  return { room, etag: result.response.headers.get('ETag') ?? '' };
}

export function roomQueryOptions(roomId: string) {
  return queryOptions({ queryKey: roomKeys.room(roomId), queryFn: () => getRoom(roomId) });
}

export function useRoom(roomId: string) {
  return useQuery(roomQueryOptions(roomId));
}
