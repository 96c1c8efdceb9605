import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';

export type Network = components['schemas']['Network'];

export async function getNetwork(id: string): Promise<Network> {
  return unwrap(await api.GET('/api/v1/networks/{id}', { params: { path: { id } } }));
}

export function networkQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['networks', 'detail', id],
    queryFn: () => getNetwork(id),
  });
}

export function useNetwork(id: string) {
  return useQuery(networkQueryOptions(id));
}
