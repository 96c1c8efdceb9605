import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, ApiError, unwrap } from '@/lib/api-client';
import { saveBlob } from '@/lib/save-blob';
import { meKeys } from '@/api/me';

export type CalendarFeed = components['schemas']['CalendarFeed'];
export type CalendarFeedStatus = components['schemas']['CalendarFeedStatus'];

/** The network's calendar as a file (the bearer token goes along, so a plain link would not do). */
export async function getNetworkCalendar(networkId: string): Promise<Blob> {
  const result = await api.GET('/api/v1/networks/{id}/calendar.ics', {
    params: { path: { id: networkId } },
    headers: { Accept: 'text/calendar, application/problem+json' },
    parseAs: 'blob',
  });
  if (!result.response.ok || !result.data) {
    return unwrap(result as { data?: Blob; error?: unknown; response: Response });
  }
  return result.data;
}

/** `klimanetz-netzwerk-klimaschutzmanagement-nrw.ics` for "Netzwerk Klimaschutzmanagement NRW". */
export function calendarFileName(networkName: string): string {
  const slug = networkName
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `klimanetz-${slug || 'kalender'}.ics`;
}

export function useDownloadNetworkCalendar() {
  return useMutation({
    mutationFn: async ({ networkId, networkName }: { networkId: string; networkName: string }) => {
      saveBlob(await getNetworkCalendar(networkId), calendarFileName(networkName));
    },
  });
}

/** The own subscription, or `null` when there is none (the API answers 404). */
export async function getCalendarFeed(): Promise<CalendarFeedStatus | null> {
  const result = await api.GET('/api/v1/me/calendar-feed');
  if (result.response.status === 404) return null;
  return unwrap(result);
}

export function calendarFeedQueryOptions() {
  return queryOptions({ queryKey: meKeys.calendarFeed, queryFn: getCalendarFeed });
}

export function useCalendarFeed() {
  return useQuery(calendarFeedQueryOptions());
}

/** A new secret address; the API shows it only this once and revokes any earlier one. */
export async function createCalendarFeed(): Promise<CalendarFeed> {
  return unwrap(await api.POST('/api/v1/me/calendar-feed'));
}

export async function revokeCalendarFeed(): Promise<void> {
  const result = await api.DELETE('/api/v1/me/calendar-feed');
  if (!result.response.ok) throw new ApiError(result.response.status, undefined);
}

export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCalendarFeed,
    onSuccess: (feed) =>
      queryClient.setQueryData(meKeys.calendarFeed, { createdAt: feed.createdAt }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeCalendarFeed,
    onSuccess: () => queryClient.setQueryData(meKeys.calendarFeed, null),
  });
}
