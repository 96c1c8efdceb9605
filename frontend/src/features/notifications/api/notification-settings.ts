import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';

export type NotificationSettings = components['schemas']['NotificationSettings'];
export type NotificationCategory = components['schemas']['NotificationCategory'];

/** The switches in the order of the settings page. */
export const NOTIFICATION_CATEGORIES: readonly NotificationCategory[] = [
  'roomCalendar',
  'minutes',
  'eventReminders',
  'sessionReminders',
  'networkMessages',
];

/** The settings together with the `ETag` that a change must send in `If-Match`. */
export type VersionedNotificationSettings = { settings: NotificationSettings; etag: string };

/** Under `['me']` like everything else about the signed-in person. */
export const notificationSettingsKey = ['me', 'notification-settings'] as const;

function versioned(result: {
  data?: NotificationSettings;
  error?: unknown;
  response: Response;
}): VersionedNotificationSettings {
  const settings = unwrap(result);
  return { settings, etag: result.response.headers.get('ETag') ?? '' };
}

export async function getNotificationSettings(): Promise<VersionedNotificationSettings> {
  return versioned(await api.GET('/api/v1/me/notification-settings'));
}

export function notificationSettingsQueryOptions() {
  return queryOptions({ queryKey: notificationSettingsKey, queryFn: getNotificationSettings });
}

export function useNotificationSettings() {
  return useQuery(notificationSettingsQueryOptions());
}

/** Replaces all switches; `etag` is the version the change is based on (412 if it is stale). */
export async function updateNotificationSettings({
  settings,
  etag,
}: {
  settings: NotificationSettings;
  etag: string;
}): Promise<VersionedNotificationSettings> {
  return versioned(
    await api.PUT('/api/v1/me/notification-settings', {
      params: { header: { 'If-Match': etag } },
      body: settings,
    }),
  );
}

export function useUpdateNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNotificationSettings,
    onSuccess: (saved) => queryClient.setQueryData(notificationSettingsKey, saved),
  });
}
