import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { eventKeys } from '@/features/event-management/api/event-keys';
import type { VersionedEvent } from '@/features/event-management/api/get-event';
import { api, ApiError, unwrap } from '@/lib/api-client';

export type EventInput = components['schemas']['EventInput'];
export type AgendaItemInput = components['schemas']['AgendaItemInput'];

export async function createEvent({
  networkId,
  input,
}: {
  networkId: string;
  input: EventInput;
}): Promise<VersionedEvent> {
  const result = await api.POST('/api/v1/networks/{id}/events', {
    params: { path: { id: networkId } },
    body: input,
  });
  const event = unwrap(result);
  return { event, etag: result.response.headers.get('ETag') ?? '' };
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
  const result = await api.PUT('/api/v1/events/{eventId}', {
    params: { path: { eventId }, header: { 'If-Match': etag } },
    body: input,
  });
  const event = unwrap(result);
  return { event, etag: result.response.headers.get('ETag') ?? '' };
}

/** Deletes a draft, cancels a published event (with its registrations). */
export async function deleteEvent({ eventId }: { eventId: string; networkId: string }) {
  const result = await api.DELETE('/api/v1/events/{eventId}', {
    params: { path: { eventId } },
  });
  if (!result.response.ok) unwrap(result);
}

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEvent,
    onSuccess: (saved, { networkId }) => {
      queryClient.setQueryData(eventKeys.managed(saved.event.id), saved);
      void queryClient.invalidateQueries({ queryKey: eventKeys.networkEvents(networkId) });
    },
  });
}

export function useUpdateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEvent,
    onSuccess: (saved) => {
      queryClient.setQueryData(eventKeys.managed(saved.event.id), saved);
      // everything else about the event (the members' page, registrations) reads it again
      void queryClient.invalidateQueries({
        queryKey: eventKeys.event(saved.event.id),
        predicate: (query) => query.queryKey[2] !== 'managed',
      });
      void queryClient.invalidateQueries({
        queryKey: eventKeys.networkEvents(saved.event.networkId),
      });
    },
  });
}

export function useDeleteEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteEvent,
    onSuccess: (_, { eventId, networkId }) => {
      void queryClient.invalidateQueries({ queryKey: eventKeys.event(eventId) });
      void queryClient.invalidateQueries({ queryKey: eventKeys.networkEvents(networkId) });
    },
  });
}

/** Someone else saved in between (412), or the version was missing (428). */
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 412 || error.status === 428);
}
