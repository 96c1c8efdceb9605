import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { eventKeys } from '@/features/event-management/api/event-keys';
import { api, unwrap } from '@/lib/api-client';

export type NetworkMember = components['schemas']['DirectoryEntry'];

/** Every member of the network, page by page (100 each), sorted by name: hosts and people to register. */
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

export function networkMembersQueryOptions(networkId: string) {
  return queryOptions({
    queryKey: eventKeys.members(networkId),
    queryFn: () => listAllMembers(networkId),
  });
}

export function useNetworkMembers(networkId: string, enabled = true) {
  return useQuery({ ...networkMembersQueryOptions(networkId), enabled });
}
