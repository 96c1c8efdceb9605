import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import commonDe from '@/locales/de/common.json';
import eventManagementDe from '@/locales/de/event-management.json';
import eventsDe from '@/locales/de/events.json';
import mailDeliveriesDe from '@/locales/de/mail-deliveries.json';
import membersDe from '@/locales/de/members.json';
import messagesDe from '@/locales/de/messages.json';
import municipalitiesDe from '@/locales/de/municipalities.json';
import networksDe from '@/locales/de/networks.json';
import notificationsDe from '@/locales/de/notifications.json';
import overviewDe from '@/locales/de/overview.json';
import profileDe from '@/locales/de/profile.json';
import roomsDe from '@/locales/de/rooms.json';
import sessionsDe from '@/locales/de/sessions.json';
import webhooksDe from '@/locales/de/webhooks.json';
import commonEn from '@/locales/en/common.json';
import eventManagementEn from '@/locales/en/event-management.json';
import eventsEn from '@/locales/en/events.json';
import mailDeliveriesEn from '@/locales/en/mail-deliveries.json';
import membersEn from '@/locales/en/members.json';
import messagesEn from '@/locales/en/messages.json';
import municipalitiesEn from '@/locales/en/municipalities.json';
import networksEn from '@/locales/en/networks.json';
import notificationsEn from '@/locales/en/notifications.json';
import overviewEn from '@/locales/en/overview.json';
import profileEn from '@/locales/en/profile.json';
import roomsEn from '@/locales/en/rooms.json';
import sessionsEn from '@/locales/en/sessions.json';
import webhooksEn from '@/locales/en/webhooks.json';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'de';
const STORAGE_KEY = 'klimanetz.language';

export const resources = {
  de: {
    common: commonDe,
    networks: networksDe,
    municipalities: municipalitiesDe,
    profile: profileDe,
    members: membersDe,
    rooms: roomsDe,
    overview: overviewDe,
    sessions: sessionsDe,
    events: eventsDe,
    'event-management': eventManagementDe,
    notifications: notificationsDe,
    messages: messagesDe,
    'mail-deliveries': mailDeliveriesDe,
    webhooks: webhooksDe,
  },
  en: {
    common: commonEn,
    networks: networksEn,
    municipalities: municipalitiesEn,
    profile: profileEn,
    members: membersEn,
    rooms: roomsEn,
    overview: overviewEn,
    sessions: sessionsEn,
    events: eventsEn,
    'event-management': eventManagementEn,
    notifications: notificationsEn,
    messages: messagesEn,
    'mail-deliveries': mailDeliveriesEn,
    webhooks: webhooksEn,
  },
} as const;

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/** The remembered choice, German otherwise. */
export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  if (isLanguage(language)) {
    try {
      window.localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // storage may be unavailable (private mode); the choice then lasts for this page only
    }
  }
}

export async function initI18n(language: Language = storedLanguage()) {
  const instance = i18next.createInstance();
  instance.on('languageChanged', applyLanguage);
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: [
      'common',
      'networks',
      'municipalities',
      'profile',
      'members',
      'rooms',
      'overview',
      'sessions',
      'events',
      'event-management',
      'notifications',
      'messages',
      'mail-deliveries',
      'webhooks',
    ],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyLanguage(instance.language);
  return instance;
}
