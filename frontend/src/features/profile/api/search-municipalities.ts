import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';

export type MunicipalityRef = components['schemas']['MunicipalityRef'];
type MunicipalityPage = components['schemas']['MunicipalityPage'];

export const MUNICIPALITY_SUGGESTIONS = 10;

/** The first matches for the profile's municipality picker (name or official-key prefix). */
export async function searchMunicipalities(q: string): Promise<MunicipalityPage> {
  return unwrap(
    await api.GET('/api/v1/municipalities', {
      params: { query: { q, page: 0, size: MUNICIPALITY_SUGGESTIONS } },
    }),
  );
}

export function municipalitySuggestionsQueryOptions(q: string) {
  return queryOptions({
    queryKey: ['municipalities', 'suggestions', q],
    queryFn: () => searchMunicipalities(q),
  });
}

/** Asks only once something was typed. */
export function useMunicipalitySuggestions(q: string) {
  const term = q.trim();
  return useQuery({
    ...municipalitySuggestionsQueryOptions(term),
    enabled: term !== '',
    placeholderData: keepPreviousData,
  });
}
