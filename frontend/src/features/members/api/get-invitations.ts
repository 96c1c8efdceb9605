import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';

export type InvitationPage = components['schemas']['MembershipPage'];
export type Invitation = components['schemas']['Membership'];

/** The API's largest page; a network rarely has more open invitations than that. */
export const INVITATIONS_PAGE_SIZE = 100;

/** Open e-mail invitations (`PENDING` memberships), newest first; coordinators of the network and admins only. */
export async function getInvitations(
  networkId: string,
  page = 0,
  size = INVITATIONS_PAGE_SIZE,
): Promise<InvitationPage> {
  return unwrap(
    await api.GET('/api/v1/networks/{id}/invitations', {
      params: { path: { id: networkId }, query: { page, size } },
    }),
  );
}

export function invitationsQueryOptions(networkId: string, page = 0) {
  return queryOptions({
    queryKey: ['networks', networkId, 'invitations', { page }],
    queryFn: () => getInvitations(networkId, page),
  });
}

export function useInvitations(networkId: string) {
  return useQuery(invitationsQueryOptions(networkId));
}
