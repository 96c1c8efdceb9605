import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';

export type ClimateConcept = components['schemas']['ClimateConcept'];
export type ClimateConceptInput = components['schemas']['ClimateConceptInput'];
export type ConceptStatus = components['schemas']['ConceptStatus'];
export type ClimateConceptChangePage = components['schemas']['ClimateConceptChangePage'];

export const CONCEPT_STATUSES: readonly ConceptStatus[] = [
  'NOT_STARTED',
  'IN_PREPARATION',
  'ADOPTED',
  'IN_IMPLEMENTATION',
];

/** Statuses that need the date of the council decision. */
export const NEEDS_ADOPTION_DATE: readonly ConceptStatus[] = ['ADOPTED', 'IN_IMPLEMENTATION'];

/** The concept together with the `ETag` that a later update must send in `If-Match` (`"0"` while never recorded). */
export type VersionedConcept = { concept: ClimateConcept; etag: string };

export async function getClimateConcept(municipalityId: string): Promise<VersionedConcept> {
  const result = await api.GET('/api/v1/municipalities/{id}/climate-concept', {
    params: { path: { id: municipalityId } },
  });
  const concept = unwrap(result);
  return { concept, etag: result.response.headers.get('ETag') ?? '' };
}

const conceptKey = (municipalityId: string) =>
  ['municipalities', municipalityId, 'climate-concept'] as const;

export function climateConceptQueryOptions(municipalityId: string) {
  return queryOptions({
    queryKey: conceptKey(municipalityId),
    queryFn: () => getClimateConcept(municipalityId),
  });
}

export function useClimateConcept(municipalityId: string) {
  return useQuery(climateConceptQueryOptions(municipalityId));
}

export const HISTORY_PAGE_SIZE = 10;

export async function getClimateConceptHistory(
  municipalityId: string,
  page: number,
): Promise<ClimateConceptChangePage> {
  return unwrap(
    await api.GET('/api/v1/municipalities/{id}/climate-concept/history', {
      params: { path: { id: municipalityId }, query: { page, size: HISTORY_PAGE_SIZE } },
    }),
  );
}

export function useClimateConceptHistory(municipalityId: string, page: number) {
  return useQuery({
    queryKey: [...conceptKey(municipalityId), 'history', { page }],
    queryFn: () => getClimateConceptHistory(municipalityId, page),
    placeholderData: keepPreviousData,
  });
}

export async function updateClimateConcept({
  municipalityId,
  input,
  etag,
}: {
  municipalityId: string;
  input: ClimateConceptInput;
  etag: string;
}): Promise<VersionedConcept> {
  const result = await api.PUT('/api/v1/municipalities/{id}/climate-concept', {
    params: { path: { id: municipalityId }, header: { 'If-Match': etag } },
    body: input,
  });
  const concept = unwrap(result);
  return { concept, etag: result.response.headers.get('ETag') ?? '' };
}

/** Saves and then shows the new version at once; the history is read again. */
export function useUpdateClimateConcept() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateClimateConcept,
    onSuccess: (saved, { municipalityId }) => {
      queryClient.setQueryData(conceptKey(municipalityId), saved);
      return queryClient.invalidateQueries({
        queryKey: [...conceptKey(municipalityId), 'history'],
      });
    },
  });
}
