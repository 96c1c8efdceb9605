import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { roomKeys, type VersionedRoom } from '@/features/online-rooms/api/get-rooms';
import { api, unwrap } from '@/lib/api-client';
import { meKeys } from '@/api/me';

export type OnlineRoomInput = components['schemas']['OnlineRoomInput'];

export async function createRoom({
  networkId,
  input,
}: {
  networkId: string;
  input: OnlineRoomInput;
}): Promise<VersionedRoom> {
  const result = await api.POST('/api/v1/networks/{id}/online-rooms', {
    params: { path: { id: networkId } },
    body: input,
  });
  const room = unwrap(result);
  return { room, etag: result.response.headers.get('ETag') ?? '' };
}

/** Replaces the room; `etag` is the version the change is based on (412 if it is stale). */
export async function updateRoom({
  roomId,
  input,
  etag,
}: {
  roomId: string;
  input: OnlineRoomInput;
  etag: string;
}): Promise<VersionedRoom> {
  const result = await api.PUT('/api/v1/online-rooms/{roomId}', {
    params: { path: { roomId }, header: { 'If-Match': etag } },
    body: input,
  });
  const room = unwrap(result);
  return { room, etag: result.response.headers.get('ETag') ?? '' };
}

export async function deleteRoom({ roomId }: { roomId: string; networkId: string }): Promise<void> {
  const result = await api.DELETE('/api/v1/online-rooms/{roomId}', {
    params: { path: { roomId } },
  });
  if (!result.response.ok) unwrap(result);
}

export function useCreateRoom() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRoom,
    onSuccess: async (saved, { networkId }) => {
      queryClient.setQueryData(roomKeys.room(saved.room.id), saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: roomKeys.ofNetwork(networkId) }),
        queryClient.invalidateQueries({ queryKey: meKeys.upcoming }),
      ]);
    },
  });
}

export function useUpdateRoom() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRoom,
    onSuccess: async (saved) => {
      // sessions of the room follow a changed schedule: read them again
      await queryClient.invalidateQueries({ queryKey: roomKeys.room(saved.room.id) });
      queryClient.setQueryData(roomKeys.room(saved.room.id), saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: roomKeys.ofNetwork(saved.room.networkId) }),
        queryClient.invalidateQueries({ queryKey: meKeys.upcoming }),
      ]);
    },
  });
}

export function useDeleteRoom() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteRoom,
    onSuccess: async (_, { roomId, networkId }) => {
      queryClient.removeQueries({ queryKey: roomKeys.room(roomId) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: roomKeys.ofNetwork(networkId) }),
        queryClient.invalidateQueries({ queryKey: meKeys.upcoming }),
      ]);
    },
  });
}
