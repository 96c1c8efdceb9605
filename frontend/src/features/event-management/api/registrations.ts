import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { eventKeys } from '@/features/event-management/api/event-keys';
import { api, unwrap } from '@/lib/api-client';

export type Registration = components['schemas']['Registration'];
export type RegistrationPage = components['schemas']['RegistrationPage'];
export type RegistrationStatus = components['schemas']['RegistrationStatus'];
export type RegistrationInput = components['schemas']['RegistrationInput'];
export type AttendanceStatus = components['schemas']['EventAttendanceInput']['status'];

/** The statuses the table filters by, in the order of the filter. */
export const REGISTRATION_STATUSES: readonly RegistrationStatus[] = [
  'CONFIRMED',
  'WAITLISTED',
  'CANCELLED',
  'ATTENDED',
  'NO_SHOW',
];

export const REGISTRATIONS_PAGE_SIZE = 50;

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

/** A coordinator registers a member; `created` is false when the person was already registered (200). */
export async function registerParticipant({
  eventId,
  input,
}: {
  eventId: string;
  input: RegistrationInput;
}): Promise<{ registration: Registration; created: boolean }> {
  const result = await api.POST('/api/v1/events/{eventId}/registrations', {
    params: { path: { eventId } },
    body: input,
  });
  const registration = unwrap(result);
  return { registration, created: result.response.status === 201 };
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

/** After registering or cancelling, the table, the counts and every other view of the event are read again. */
function useRefreshEvent() {
  const queryClient = useQueryClient();
  return (eventId: string) => queryClient.invalidateQueries({ queryKey: eventKeys.event(eventId) });
}

export function useRegisterParticipant() {
  const refresh = useRefreshEvent();
  return useMutation({
    mutationFn: registerParticipant,
    onSuccess: (_, { eventId }) => refresh(eventId),
  });
}

export function useCancelRegistration() {
  const refresh = useRefreshEvent();
  return useMutation({
    mutationFn: cancelRegistration,
    onSuccess: (_, { eventId }) => refresh(eventId),
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
