import { useMyMemberships, useProfile } from '@/api/me';
import { useAuth } from '@/lib/auth';

export type NetworkRole = {
  /** An active member (or coordinator) of the network: checks in, registers themselves. */
  isMember: boolean;
  /**
   * An active coordinator of the network, or an admin: members, rooms, events, minutes,
   * attendance and reports.
   */
  canManage: boolean;
  /** True while the memberships are still loading and `canManage` may still turn to yes. */
  isPending: boolean;
};

/**
 * What the signed-in person may do in a network, from `/me/memberships` and the realm role
 * `admin`: the one role hook of the SPA. Only decides what is offered; the API stays the judge
 * (and its 403 is explained where it happens).
 */
export function useNetworkRole(networkId: string | undefined): NetworkRole {
  const { roles } = useAuth();
  const memberships = useMyMemberships();
  const admin = roles.includes('admin');
  const active = (memberships.data ?? []).find(
    (m) => networkId !== undefined && m.networkId === networkId && m.state === 'ACTIVE',
  );
  const canManage = admin || active?.role === 'COORDINATOR';
  return {
    isMember: active !== undefined,
    canManage,
    isPending: !canManage && memberships.isPending,
  };
}

/**
 * Whether to offer editing the climate concept: admins, people whose profile names this
 * municipality, and coordinators (whether their network includes someone from here is the API's
 * call). A 403 on save is still explained.
 */
export function useMayEditConcept(municipalityId: string): boolean {
  const { roles } = useAuth();
  const profile = useProfile();
  const memberships = useMyMemberships();
  return (
    roles.includes('admin') ||
    profile.data?.profile.municipality?.id === municipalityId ||
    (memberships.data ?? []).some((m) => m.role === 'COORDINATOR' && m.state === 'ACTIVE')
  );
}
