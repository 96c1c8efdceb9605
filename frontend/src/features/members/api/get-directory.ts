import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';

export type DirectoryPage = components['schemas']['DirectoryPage'];
export type DirectoryEntry = components['schemas']['DirectoryEntry'];
export type MunicipalityKind = components['schemas']['MunicipalityKind'];
export type ConceptStatus = components['schemas']['ConceptStatus'];
export type MembershipRole = components['schemas']['MembershipRole'];

export const MUNICIPALITY_KINDS: readonly MunicipalityKind[] = [
  'GEMEINDE',
  'STADT',
  'KREISFREIE_STADT',
  'KREIS',
];
export const CONCEPT_STATUSES: readonly ConceptStatus[] = [
  'NOT_STARTED',
  'IN_PREPARATION',
  'ADOPTED',
  'IN_IMPLEMENTATION',
];
export const DIRECTORY_SORTS = ['name', 'municipality', 'inOfficeSince'] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

export const DIRECTORY_PAGE_SIZE = 20;

export type DirectorySearch = {
  /** Name, municipality, topic or the start of an official key; empty for all. */
  q: string;
  kind?: MunicipalityKind;
  status?: ConceptStatus;
  newInOffice: boolean;
  sort: DirectorySort;
  /** 0-based. */
  page: number;
};

export async function getDirectory(
  networkId: string,
  { q, kind, status, newInOffice, sort, page }: DirectorySearch,
  size = DIRECTORY_PAGE_SIZE,
): Promise<DirectoryPage> {
  const query = q.trim();
  return unwrap(
    await api.GET('/api/v1/networks/{id}/members', {
      params: {
        path: { id: networkId },
        query: {
          q: query === '' ? undefined : query,
          municipalityKind: kind,
          conceptStatus: status,
          newInOffice: newInOffice ? true : undefined,
          sort,
          page,
          size,
        },
      },
    }),
  );
}

export function directoryQueryOptions(networkId: string, search: DirectorySearch) {
  return queryOptions({
    queryKey: ['networks', networkId, 'members', { ...search, q: search.q.trim() }],
    queryFn: () => getDirectory(networkId, search),
  });
}

/** Keeps the previous result on screen while the next one loads, so typing does not flicker. */
export function useDirectory(networkId: string, search: DirectorySearch) {
  return useQuery({
    ...directoryQueryOptions(networkId, search),
    placeholderData: keepPreviousData,
  });
}
