import 'i18next';
import type common from '@/locales/de/common.json';
import type eventManagement from '@/locales/de/event-management.json';
import type events from '@/locales/de/events.json';
import type mailDeliveries from '@/locales/de/mail-deliveries.json';
import type members from '@/locales/de/members.json';
import type messages from '@/locales/de/messages.json';
import type municipalities from '@/locales/de/municipalities.json';
import type networks from '@/locales/de/networks.json';
import type notifications from '@/locales/de/notifications.json';
import type overview from '@/locales/de/overview.json';
import type profile from '@/locales/de/profile.json';
import type rooms from '@/locales/de/rooms.json';
import type sessions from '@/locales/de/sessions.json';
import type webhooks from '@/locales/de/webhooks.json';

// Types only: the texts themselves are loaded per namespace at run time (lib/i18n.ts).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      networks: typeof networks;
      municipalities: typeof municipalities;
      profile: typeof profile;
      members: typeof members;
      rooms: typeof rooms;
      overview: typeof overview;
      sessions: typeof sessions;
      events: typeof events;
      'event-management': typeof eventManagement;
      notifications: typeof notifications;
      messages: typeof messages;
      'mail-deliveries': typeof mailDeliveries;
      webhooks: typeof webhooks;
    };
  }
}
