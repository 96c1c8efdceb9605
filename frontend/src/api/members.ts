import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';

export type NetworkMember = components['schemas']['DirectoryEntry'];

/**
 * Every member of the network, page by page (100 each), sorted by name: for pickers (a room's
 * moderators, an event's host, a person to register).
 */
export async function listAllMembers(networkId: string): Promise<NetworkMember[]> {
  const members: NetworkMember[] = [];
  for (let page = 0; page < 50; page += 1) {
    const result = unwrap(
      await api.GET('/api/v1/networks/{id}/members', {
        params: { path: { id: networkId }, query: { page, size: 100, sort: 'name' } },
      }),
    );
    members.push(...result.items);
    if (page + 1 >= result.totalPages) break;
  }
  return members;
}

/** Under `['networks', id]`, so a change to the network's members refreshes it as well. */
export function networkMembersQueryOptions(networkId: string) {
  return queryOptions({
    queryKey: ['networks', networkId, 'members', 'all'],
    queryFn: () => listAllMembers(networkId),
  });
}

export function useNetworkMembers(networkId: string, enabled = true) {
  return useQuery({ ...networkMembersQueryOptions(networkId), enabled });
}
