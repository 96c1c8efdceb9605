import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import type { MembershipRole } from '@/features/members/api/get-directory';
import { api, unwrap } from '@/lib/api-client';

export type Membership = components['schemas']['Membership'];

/** A membership together with the `ETag` that a later role change must send in `If-Match`. */
export type VersionedMembership = { membership: Membership; etag: string };

export async function addMember({
  networkId,
  email,
  role,
}: {
  networkId: string;
  email: string;
  role: MembershipRole;
}): Promise<VersionedMembership> {
  const result = await api.POST('/api/v1/networks/{id}/members', {
    params: { path: { id: networkId } },
    body: { email, role },
  });
  const membership = unwrap(result);
  return { membership, etag: result.response.headers.get('ETag') ?? '' };
}

/** Sets the role; `etag` is the membership version the user saw (the directory row's `membershipEtag`). */
export async function changeRole({
  networkId,
  participantId,
  role,
  etag,
}: {
  networkId: string;
  participantId: string;
  role: MembershipRole;
  etag: string;
}): Promise<VersionedMembership> {
  const result = await api.PUT('/api/v1/networks/{id}/members/{participantId}', {
    params: {
      path: { id: networkId, participantId },
      header: { 'If-Match': etag },
    },
    body: { role },
  });
  const membership = unwrap(result);
  return { membership, etag: result.response.headers.get('ETag') ?? '' };
}

export async function endMembership({
  networkId,
  participantId,
}: {
  networkId: string;
  participantId: string;
}): Promise<void> {
  const result = await api.DELETE('/api/v1/networks/{id}/members/{participantId}', {
    params: { path: { id: networkId, participantId } },
  });
  if (!result.response.ok) unwrap(result);
}

/** Takes back an open e-mail invitation; the backend keeps it as history (`LEFT`). */
export async function withdrawInvitation({
  networkId,
  invitationId,
}: {
  networkId: string;
  invitationId: string;
}): Promise<void> {
  const result = await api.DELETE('/api/v1/networks/{id}/invitations/{invitationId}', {
    params: { path: { id: networkId, invitationId } },
  });
  if (!result.response.ok) unwrap(result);
}

/**
 * After any change the directory, the dashboard and the open invitations of that network are
 * read again (all their query keys start with `['networks', networkId]`).
 */
function invalidateNetwork(queryClient: QueryClient, networkId: string) {
  return queryClient.invalidateQueries({ queryKey: ['networks', networkId] });
}

export function useAddMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addMember,
    onSuccess: (_, { networkId }) => invalidateNetwork(queryClient, networkId),
  });
}

export function useChangeRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeRole,
    onSuccess: (_, { networkId }) => invalidateNetwork(queryClient, networkId),
  });
}

export function useEndMembership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endMembership,
    onSuccess: (_, { networkId }) => invalidateNetwork(queryClient, networkId),
  });
}

export function useWithdrawInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawInvitation,
    onSuccess: (_, { networkId }) => invalidateNetwork(queryClient, networkId),
  });
}
