import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';

export type MunicipalityPage = components['schemas']['MunicipalityPage'];
export type MunicipalityKind = components['schemas']['MunicipalityKind'];

export const MUNICIPALITY_KINDS: readonly MunicipalityKind[] = [
  'GEMEINDE',
  'STADT',
  'KREISFREIE_STADT',
  'KREIS',
];

export const MUNICIPALITIES_PAGE_SIZE = 20;

export type MunicipalitySearch = {
  /** Name prefix or official-key prefix; empty for all. */
  q: string;
  kind?: MunicipalityKind;
  /** 0-based. */
  page: number;
};

export async function getMunicipalities(
  { q, kind, page }: MunicipalitySearch,
  size = MUNICIPALITIES_PAGE_SIZE,
): Promise<MunicipalityPage> {
  const query = q.trim();
  return unwrap(
    await api.GET('/api/v1/municipalities', {
      params: { query: { q: query === '' ? undefined : query, kind, page, size } },
    }),
  );
}

export function municipalitiesQueryOptions(search: MunicipalitySearch) {
  return queryOptions({
    queryKey: [
      'municipalities',
      'list',
      { q: search.q.trim(), kind: search.kind, page: search.page },
    ],
    queryFn: () => getMunicipalities(search),
  });
}

/** Keeps the previous result on screen while the next one loads, so typing does not flicker. */
export function useMunicipalities(search: MunicipalitySearch) {
  return useQuery({ ...municipalitiesQueryOptions(search), placeholderData: keepPreviousData });
}
