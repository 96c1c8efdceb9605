import { useAuth } from '@/lib/auth';
import { useMyMemberships } from '@/lib/my-memberships';

export type NetworkRole = {
  /** An active member or coordinator: may check in and excuse themselves. */
  isMember: boolean;
  /** An active coordinator of the network, or an admin: minutes, attendance, report. */
  isCoordinator: boolean;
};

/**
 * What the signed-in person may do in a network, from `/me/memberships` and the realm role
 * `admin`. Only decides what is offered; the API stays the judge (and its 403 is explained).
 */
export function useNetworkRole(networkId: string | undefined): NetworkRole {
  const { roles } = useAuth();
  const memberships = useMyMemberships();
  const active = (memberships.data ?? []).find(
    (m) => networkId !== undefined && m.networkId === networkId && m.state === 'ACTIVE',
  );
  return {
    isMember: active !== undefined,
    isCoordinator: roles.includes('admin') || active?.role === 'COORDINATOR',
  };
}
