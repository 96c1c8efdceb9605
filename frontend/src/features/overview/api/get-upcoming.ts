import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';
import { meKeys } from '@/api/me';

type AnyUpcomingItem = components['schemas']['UpcomingItem'];
export type Session = components['schemas']['Session'];
export type UpcomingEvent = components['schemas']['UpcomingEvent'];
export type MyRegistrationSummary = components['schemas']['MyRegistrationSummary'];

/** An online session among the upcoming items. */
export type UpcomingItem = AnyUpcomingItem & {
  roomId: string;
  roomTitle: string;
  session: Session;
};

/** An on-site event among the upcoming items (no room and no session). */
export type UpcomingEventItem = AnyUpcomingItem & { event: UpcomingEvent };

/** My upcoming items, split by kind; each list soonest first. */
export type Upcoming = {
  sessions: UpcomingItem[];
  events: UpcomingEventItem[];
};

function isOnlineSession(item: AnyUpcomingItem): item is UpcomingItem {
  return (
    item.kind === 'ONLINE_SESSION' &&
    typeof item.roomId === 'string' &&
    typeof item.roomTitle === 'string' &&
    item.session !== undefined
  );
}

function isOnSiteEvent(item: AnyUpcomingItem): item is UpcomingEventItem {
  return item.kind === 'ON_SITE_EVENT' && item.event !== undefined;
}

/**
 * The API's maximum: enough that behind a cancelled next session the next held one of the same
 * room is usually among the items too.
 */
const LIMIT = 50;

/**
 * My next online sessions (a running one and cancelled ones included) and on-site events across
 * all my networks, soonest first. Items of unknown kinds are left out.
 */
export async function getUpcoming(): Promise<Upcoming> {
  const list = unwrap(
    await api.GET('/api/v1/me/upcoming', { params: { query: { limit: LIMIT } } }),
  );
  return {
    sessions: list.items.filter(isOnlineSession),
    events: list.items.filter(isOnSiteEvent),
  };
}

export function upcomingQueryOptions() {
  return queryOptions({ queryKey: meKeys.upcoming, queryFn: getUpcoming });
}

/** Read again every five minutes, so cancellations made meanwhile show up on an open page. */
export function useUpcoming() {
  return useQuery({ ...upcomingQueryOptions(), refetchInterval: 5 * 60_000 });
}

/**
 * One room's prominent card: the cancelled sessions before its next held one, and that held
 * session (absent when none is among the items, e.g. all listed sessions are cancelled).
 */
export type RoomNext = {
  roomId: string;
  cancelled: UpcomingItem[];
  next?: UpcomingItem;
};

/**
 * Per room (in the order of their first item, as the list is soonest first): the next session
 * that is not cancelled, with the cancelled ones before it; and all later sessions after them.
 */
export function groupByRoom(items: UpcomingItem[]): {
  next: RoomNext[];
  further: UpcomingItem[];
} {
  const rooms = new Map<string, RoomNext>();
  const further: UpcomingItem[] = [];
  for (const item of items) {
    let room = rooms.get(item.roomId);
    if (!room) {
      room = { roomId: item.roomId, cancelled: [] };
      rooms.set(item.roomId, room);
    }
    if (room.next) further.push(item);
    else if (item.session.status === 'CANCELLED') room.cancelled.push(item);
    else room.next = item;
  }
  return { next: [...rooms.values()], further };
}
