import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { eventKeys } from '@/features/event-management/api/event-keys';
import { api, unwrap } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';

type MyMembership = components['schemas']['MyMembership'];

/** All own memberships (the same request and cache entry as elsewhere in the app). */
async function getMyMemberships(): Promise<MyMembership[]> {
  const page = unwrap(
    await api.GET('/api/v1/me/memberships', { params: { query: { page: 0, size: 100 } } }),
  );
  return page.items;
}

function myMembershipsQueryOptions() {
  return queryOptions({ queryKey: eventKeys.myMemberships(), queryFn: getMyMemberships });
}

/**
 * Whether to offer the coordination's controls for a network's events: admins, and active
 * coordinators of that network. Only decides what is shown; the API decides what is allowed.
 */
export function useCanManageEvents(networkId: string | undefined): {
  canManage: boolean;
  /** True while the memberships are still loading (and the answer may still turn to yes). */
  isPending: boolean;
} {
  const { roles } = useAuth();
  const memberships = useQuery(myMembershipsQueryOptions());
  if (roles.includes('admin')) return { canManage: true, isPending: false };
  const canManage =
    networkId !== undefined &&
    (memberships.data ?? []).some(
      (m) => m.networkId === networkId && m.role === 'COORDINATOR' && m.state === 'ACTIVE',
    );
  return { canManage, isPending: memberships.isPending };
}
