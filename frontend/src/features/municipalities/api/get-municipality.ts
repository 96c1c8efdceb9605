import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';

export type Municipality = components['schemas']['Municipality'];

export async function getMunicipality(id: string): Promise<Municipality> {
  return unwrap(await api.GET('/api/v1/municipalities/{id}', { params: { path: { id } } }));
}

export function municipalityQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['municipalities', 'detail', id],
    queryFn: () => getMunicipality(id),
  });
}

export function useMunicipality(id: string) {
  return useQuery(municipalityQueryOptions(id));
}
