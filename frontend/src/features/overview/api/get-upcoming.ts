import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';

type AnyUpcomingItem = components['schemas']['UpcomingItem'];
export type Session = components['schemas']['Session'];

/** An online session among the upcoming items (on-site events have no room and no session). */
export type UpcomingItem = AnyUpcomingItem & {
  roomId: string;
  roomTitle: string;
  session: Session;
};

function isOnlineSession(item: AnyUpcomingItem): item is UpcomingItem {
  return (
    item.kind === 'ONLINE_SESSION' &&
    typeof item.roomId === 'string' &&
    typeof item.roomTitle === 'string' &&
    item.session !== undefined
  );
}

export const UPCOMING_KEY = ['me', 'upcoming'] as const;
const LIMIT = 20;

/**
 * My next online sessions across all my networks, soonest first (a running one and cancelled ones
 * included). Other kinds of items (on-site events) are left out here.
 */
export async function getUpcoming(): Promise<UpcomingItem[]> {
  const list = unwrap(
    await api.GET('/api/v1/me/upcoming', { params: { query: { limit: LIMIT } } }),
  );
  return list.items.filter(isOnlineSession);
}

export function upcomingQueryOptions() {
  return queryOptions({ queryKey: UPCOMING_KEY, queryFn: getUpcoming });
}

/** Read again every five minutes, so cancellations made meanwhile show up on an open page. */
export function useUpcoming() {
  return useQuery({ ...upcomingQueryOptions(), refetchInterval: 5 * 60_000 });
}

/**
 * The next session of each room (the first of its items, as the list is soonest first) and the
 * other sessions after them.
 */
export function groupByRoom(items: UpcomingItem[]): {
  next: UpcomingItem[];
  further: UpcomingItem[];
} {
  const seen = new Set<string>();
  const next: UpcomingItem[] = [];
  const further: UpcomingItem[] = [];
  for (const item of items) {
    if (seen.has(item.roomId)) further.push(item);
    else {
      seen.add(item.roomId);
      next.push(item);
    }
  }
  return { next, further };
}
