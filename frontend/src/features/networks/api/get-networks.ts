import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';

export type NetworkPage = components['schemas']['NetworkPage'];

export const NETWORKS_PAGE_SIZE = 20;

export async function getNetworks(page: number, size = NETWORKS_PAGE_SIZE): Promise<NetworkPage> {
  return unwrap(await api.GET('/api/v1/networks', { params: { query: { page, size } } }));
}

export function networksQueryOptions(page: number) {
  return queryOptions({
    queryKey: ['networks', 'list', { page }],
    queryFn: () => getNetworks(page),
  });
}

export function useNetworks(page: number) {
  return useQuery({ ...networksQueryOptions(page), placeholderData: keepPreviousData });
}
