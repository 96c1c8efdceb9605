import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';

/** All own memberships; 100 is far more networks than one person belongs to. */
async function getMyMemberships() {
  const page = unwrap(
    await api.GET('/api/v1/me/memberships', { params: { query: { page: 0, size: 100 } } }),
  );
  return page.items;
}

/**
 * Whether to offer the coordinator's controls for a network's rooms: admins, and active
 * coordinators of that network. Only decides what is shown; the API decides what is allowed.
 */
export function useCanManageRooms(networkId: string | undefined): {
  canManage: boolean;
  /** True while the memberships are still loading (and the answer may still turn to yes). */
  isPending: boolean;
} {
  const { roles } = useAuth();
  const memberships = useQuery({ queryKey: ['me', 'memberships'], queryFn: getMyMemberships });
  if (roles.includes('admin')) return { canManage: true, isPending: false };
  const canManage =
    networkId !== undefined &&
    (memberships.data ?? []).some(
      (m) => m.networkId === networkId && m.role === 'COORDINATOR' && m.state === 'ACTIVE',
    );
  return { canManage, isPending: memberships.isPending };
}
