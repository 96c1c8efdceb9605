import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';

export type NetworkStats = components['schemas']['NetworkStats'];

export async function getNetworkStats(networkId: string): Promise<NetworkStats> {
  return unwrap(
    await api.GET('/api/v1/networks/{id}/stats', { params: { path: { id: networkId } } }),
  );
}

export function networkStatsQueryOptions(networkId: string) {
  return queryOptions({
    queryKey: ['networks', networkId, 'stats'],
    queryFn: () => getNetworkStats(networkId),
  });
}

export function useNetworkStats(networkId: string) {
  return useQuery(networkStatsQueryOptions(networkId));
}
