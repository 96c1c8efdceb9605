import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';

export type MunicipalityRef = components['schemas']['MunicipalityRef'];
export type MunicipalityPage = components['schemas']['MunicipalityPage'];

/** How many matches a municipality picker offers at once. */
export const MUNICIPALITY_SUGGESTIONS = 10;

/** The first matches for a municipality picker (name or official-key prefix). */
export async function searchMunicipalities(q: string): Promise<MunicipalityPage> {
  return unwrap(
    await api.GET('/api/v1/municipalities', {
      params: { query: { q, page: 0, size: MUNICIPALITY_SUGGESTIONS } },
    }),
  );
}

export function municipalitySearchQueryOptions(q: string) {
  return queryOptions({
    queryKey: ['municipalities', 'suggestions', q],
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
