import {
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { eventKeys } from '@/features/events/api/event-keys';
import { WAITLIST_POLL_MS } from '@/features/events/api/get-event';
import { api, ApiError, unwrap } from '@/lib/api-client';

export type Registration = components['schemas']['Registration'];
export type RegistrationInput = components['schemas']['RegistrationInput'];
export type RegistrationUpdate = components['schemas']['RegistrationUpdate'];
export type AgendaSignUp = components['schemas']['AgendaSignUp'];

/** What registering came to: the registration and whether it already existed (200) or is new (201). */
export type RegisterResult = { registration: Registration; existed: boolean };

/** The caller's active registration, or `null` when there is none (the API answers 404). */
export async function getMyRegistration(eventId: string): Promise<Registration | null> {
  const result = await api.GET('/api/v1/events/{eventId}/registrations/me', {
    params: { path: { eventId } },
  });
  if (result.response.status === 404) return null;
  return unwrap(result);
}

export function myRegistrationQueryOptions(eventId: string) {
  return queryOptions({
    queryKey: eventKeys.mine(eventId),
    queryFn: () => getMyRegistration(eventId),
  });
}

/** While waitlisted (for the event or an agenda item) it is read again every 30 s. */
export function useMyRegistration(eventId: string, enabled: boolean) {
  return useQuery({
    ...myRegistrationQueryOptions(eventId),
    enabled,
    refetchInterval: (query) => (isWaiting(query.state.data) ? WAITLIST_POLL_MS : false),
  });
}

/** Waiting for a seat of the event or of one of its agenda items. */
export function isWaiting(registration: Registration | null | undefined): boolean {
  if (!registration) return false;
  return (
    registration.status === 'WAITLISTED' ||
    (registration.status === 'CONFIRMED' &&
      registration.agendaSignUps.some((signUp) => signUp.status === 'WAITLISTED'))
  );
}

export async function register({
  eventId,
  input,
}: {
  eventId: string;
  input: RegistrationInput;
}): Promise<RegisterResult> {
  const result = await api.POST('/api/v1/events/{eventId}/registrations', {
    params: { path: { eventId } },
    body: input,
  });
  const registration = unwrap(result);
  return { registration, existed: result.response.status === 200 };
}

/** Changes notes, needs and agenda sign-ups; `etag` is the registration's own `etag` field. */
export async function updateRegistration({
  eventId,
  registrationId,
  etag,
  input,
}: {
  eventId: string;
  registrationId: string;
  etag: string;
  input: RegistrationUpdate;
}): Promise<Registration> {
  return unwrap(
    await api.PUT('/api/v1/events/{eventId}/registrations/{registrationId}', {
      params: { path: { eventId, registrationId }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
}

export async function cancelRegistration({
  eventId,
  registrationId,
}: {
  eventId: string;
  registrationId: string;
}): Promise<void> {
  const result = await api.DELETE('/api/v1/events/{eventId}/registrations/{registrationId}', {
    params: { path: { eventId, registrationId } },
  });
  if (!result.response.ok) unwrap(result);
}

/**
 * Seats and waitlists changed: the event (here and in lists), the network's event lists and the
 * caller's upcoming items are read again.
 */
function refreshAround(queryClient: QueryClient, eventId: string, networkId: string) {
  void queryClient.invalidateQueries({ queryKey: eventKeys.event(eventId) });
  void queryClient.invalidateQueries({ queryKey: eventKeys.lists(networkId) });
  void queryClient.invalidateQueries({ queryKey: ['me', 'upcoming'] });
}

type NetworkRef = { networkId: string };

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: Parameters<typeof register>[0] & NetworkRef) => register(variables),
    onSuccess: ({ registration }, { eventId, networkId }) => {
      queryClient.setQueryData(eventKeys.mine(eventId), registration);
      refreshAround(queryClient, eventId, networkId);
    },
    // a 409 may mean the window closed or the event was cancelled meanwhile: read it again
    onError: (_error, { eventId }) =>
      void queryClient.invalidateQueries({ queryKey: eventKeys.event(eventId) }),
  });
}

export function useUpdateRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: Parameters<typeof updateRegistration>[0] & NetworkRef) =>
      updateRegistration(variables),
    onSuccess: (registration, { eventId, networkId }) => {
      queryClient.setQueryData(eventKeys.mine(eventId), registration);
      refreshAround(queryClient, eventId, networkId);
    },
  });
}

export function useCancelRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: Parameters<typeof cancelRegistration>[0] & NetworkRef) =>
      cancelRegistration(variables),
    onSuccess: (_result, { eventId, networkId }) => {
      queryClient.setQueryData(eventKeys.mine(eventId), null);
      refreshAround(queryClient, eventId, networkId);
    },
  });
}

/** The registration was changed elsewhere (412), or the version was missing (428). */
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 412 || error.status === 428);
}
