import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';

type MunicipalityPage = components['schemas']['MunicipalityPage'];

export const MUNICIPALITY_SUGGESTIONS = 8;

/** The first matches for the host municipality (name or official-key prefix). */
export async function searchMunicipalities(q: string): Promise<MunicipalityPage> {
  return unwrap(
    await api.GET('/api/v1/municipalities', {
      params: { query: { q, page: 0, size: MUNICIPALITY_SUGGESTIONS } },
    }),
  );
}

export function municipalitySearchQueryOptions(q: string) {
  return queryOptions({
    queryKey: ['municipalities', 'suggestions', q, MUNICIPALITY_SUGGESTIONS],
    queryFn: () => searchMunicipalities(q),
  });
}

/** Asks only once something was typed; keeps the last matches while the next ones load. */
export function useMunicipalitySearch(q: string) {
  const term = q.trim();
  return useQuery({
    ...municipalitySearchQueryOptions(term),
    enabled: term !== '',
    placeholderData: keepPreviousData,
  });
}
