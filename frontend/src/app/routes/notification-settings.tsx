import { NotificationSettingsView } from '@/features/notifications/components/notification-settings-view';

export function NotificationSettingsRoute() {
  return <NotificationSettingsView />;
}
