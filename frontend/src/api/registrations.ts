import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { eventKeys, WAITLIST_POLL_MS } from '@/api/events';
import { meKeys } from '@/api/me';
import { api, unwrap } from '@/lib/api-client';

export type Registration = components['schemas']['Registration'];
export type RegistrationPage = components['schemas']['RegistrationPage'];
export type RegistrationStatus = components['schemas']['RegistrationStatus'];
export type RegistrationInput = components['schemas']['RegistrationInput'];
export type RegistrationUpdate = components['schemas']['RegistrationUpdate'];
export type AgendaSignUp = components['schemas']['AgendaSignUp'];
export type AttendanceStatus = components['schemas']['EventAttendanceInput']['status'];

/** The statuses the registrations table filters by, in the order of the filter. */
export const REGISTRATION_STATUSES: readonly RegistrationStatus[] = [
  'CONFIRMED',
  'WAITLISTED',
  'CANCELLED',
  'ATTENDED',
  'NO_SHOW',
];

export const REGISTRATIONS_PAGE_SIZE = 50;

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
    queryKey: eventKeys.myRegistration(eventId),
    queryFn: () => getMyRegistration(eventId),
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

/** While waitlisted (for the event or an agenda item) it is read again every 30 s. */
export function useMyRegistration(eventId: string, enabled: boolean) {
  return useQuery({
    ...myRegistrationQueryOptions(eventId),
    enabled,
    refetchInterval: (query) => (isWaiting(query.state.data) ? WAITLIST_POLL_MS : false),
  });
}

export async function listRegistrations(
  eventId: string,
  status: RegistrationStatus | undefined,
  page: number,
): Promise<RegistrationPage> {
  const result = await api.GET('/api/v1/events/{eventId}/registrations', {
    params: {
      path: { eventId },
      query: { ...(status ? { status } : {}), page, size: REGISTRATIONS_PAGE_SIZE },
    },
  });
  // The operation answers JSON or CSV; asked without `Accept: text/csv` it is the JSON page.
  return unwrap(result) as RegistrationPage;
}

export function registrationsQueryOptions(
  eventId: string,
  status: RegistrationStatus | undefined,
  page: number,
) {
  return queryOptions({
    queryKey: eventKeys.registrationPage(eventId, status, page),
    queryFn: () => listRegistrations(eventId, status, page),
  });
}

/** Keeps the previous page on screen while another filter or page loads. */
export function useRegistrations(
  eventId: string,
  status: RegistrationStatus | undefined,
  page: number,
) {
  return useQuery({
    ...registrationsQueryOptions(eventId, status, page),
    placeholderData: keepPreviousData,
  });
}

/**
 * Registers the caller, or with `input.participantId` someone else (the coordination);
 * `existed` is true when the person was already registered (200 instead of 201).
 */
export async function register({
  eventId,
  input,
}: {
  eventId: string;
  input: RegistrationInput;
}): Promise<{ registration: Registration; existed: boolean }> {
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

/** Cancels a registration; the first person on the waitlist gets the seat. */
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

/** Marks a confirmed registration as attended or no-show, based on the row's version (`etag`). */
export async function recordAttendance({
  eventId,
  registrationId,
  status,
  etag,
}: {
  eventId: string;
  registrationId: string;
  status: AttendanceStatus;
  etag: string;
}): Promise<Registration> {
  return unwrap(
    await api.PUT('/api/v1/events/{eventId}/registrations/{registrationId}/attendance', {
      params: { path: { eventId, registrationId }, header: { 'If-Match': etag } },
      body: { status },
    }),
  );
}

/**
 * Seats and waitlists changed: the event, its registration lists, the network's event lists and
 * the caller's upcoming items are read again (the own registration is set by the caller).
 */
function refreshAround(queryClient: QueryClient, eventId: string, networkId: string) {
  void queryClient.invalidateQueries({ queryKey: eventKeys.detail(eventId) });
  void queryClient.invalidateQueries({ queryKey: eventKeys.registrations(eventId) });
  void queryClient.invalidateQueries({ queryKey: eventKeys.lists(networkId) });
  void queryClient.invalidateQueries({ queryKey: meKeys.upcoming });
}

type NetworkRef = { networkId: string };

/** Registers oneself or (coordination) someone else; see {@link register}. */
export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: Parameters<typeof register>[0] & NetworkRef) => register(variables),
    onSuccess: ({ registration }, { eventId, networkId, input }) => {
      if (!input.participantId) {
        queryClient.setQueryData(eventKeys.myRegistration(eventId), registration);
      }
      refreshAround(queryClient, eventId, networkId);
    },
    // a 409 may mean the window closed or the event was cancelled meanwhile: read it again
    onError: (_error, { eventId }) =>
      void queryClient.invalidateQueries({ queryKey: eventKeys.detail(eventId) }),
  });
}

export function useUpdateRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: Parameters<typeof updateRegistration>[0] & NetworkRef) =>
      updateRegistration(variables),
    onSuccess: (registration, { eventId, networkId }) => {
      queryClient.setQueryData(eventKeys.myRegistration(eventId), registration);
      refreshAround(queryClient, eventId, networkId);
    },
  });
}

/** Cancels a registration; when it was the caller's own, it is gone from the page at once. */
export function useCancelRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: Parameters<typeof cancelRegistration>[0] & NetworkRef) =>
      cancelRegistration(variables),
    onSuccess: (_result, { eventId, networkId, registrationId }) => {
      const mine = queryClient.getQueryData<Registration | null>(eventKeys.myRegistration(eventId));
      if (mine?.id === registrationId) {
        queryClient.setQueryData(eventKeys.myRegistration(eventId), null);
      }
      refreshAround(queryClient, eventId, networkId);
    },
  });
}

/**
 * The marked row is replaced where it is (it stays visible under a status filter, and the focus
 * stays on its button); the other pages are read again when they are next shown.
 */
export function useRecordAttendance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordAttendance,
    onSuccess: (saved, { eventId }) => {
      queryClient.setQueriesData<RegistrationPage>(
        { queryKey: eventKeys.registrations(eventId) },
        (page) =>
          page && {
            ...page,
            items: page.items.map((item) => (item.id === saved.id ? saved : item)),
          },
      );
      void queryClient.invalidateQueries({
        queryKey: eventKeys.registrations(eventId),
        refetchType: 'none',
      });
    },
  });
}

/**
 * All registrations as CSV (UTF-8 with BOM, `;`-separated, for German Excel), fetched through the
 * one API client so the bearer token goes along; this request alone asks for `text/csv`.
 */
export async function getRegistrationsCsv(eventId: string): Promise<Blob> {
  const result = await api.GET('/api/v1/events/{eventId}/registrations', {
    params: { path: { eventId } },
    headers: { Accept: 'text/csv, application/problem+json' },
    parseAs: 'blob',
  });
  return unwrap(result) as Blob;
}

/** The printable sign-in sheet (A4 PDF, German). */
export async function getSignInSheet(eventId: string): Promise<Blob> {
  const result = await api.GET('/api/v1/events/{eventId}/sign-in-sheet.pdf', {
    params: { path: { eventId } },
    headers: { Accept: 'application/pdf, application/problem+json' },
    parseAs: 'blob',
  });
  return unwrap(result) as Blob;
}
