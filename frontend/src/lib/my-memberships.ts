import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';

export type MyMembership = components['schemas']['MyMembership'];

/** All own memberships; 100 is far more networks than one person belongs to. */
export async function getMyMemberships(): Promise<MyMembership[]> {
  const page = unwrap(
    await api.GET('/api/v1/me/memberships', { params: { query: { page: 0, size: 100 } } }),
  );
  return page.items;
}

/** One request and one cache entry for every feature that asks what the signed-in person may do. */
export function myMembershipsQueryOptions() {
  return queryOptions({ queryKey: ['me', 'memberships'], queryFn: getMyMemberships });
}

export function useMyMemberships() {
  return useQuery(myMembershipsQueryOptions());
}

/**
 * Whether to offer the coordination's controls for a network (members, rooms, events): admins,
 * and active coordinators of that network. Only decides what is shown; the API decides what is
 * allowed.
 */
export function useCanManageNetwork(networkId: string | undefined): {
  canManage: boolean;
  /** True while the memberships are still loading (and the answer may still turn to yes). */
  isPending: boolean;
} {
  const { roles } = useAuth();
  const memberships = useMyMemberships();
  if (roles.includes('admin')) return { canManage: true, isPending: false };
  const canManage =
    networkId !== undefined &&
    (memberships.data ?? []).some(
      (m) => m.networkId === networkId && m.role === 'COORDINATOR' && m.state === 'ACTIVE',
    );
  return { canManage, isPending: memberships.isPending };
}
