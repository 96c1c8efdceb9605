import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';

export type ParticipantProfile = components['schemas']['ParticipantProfile'];

export async function getParticipant(id: string): Promise<ParticipantProfile> {
  return unwrap(await api.GET('/api/v1/participants/{id}', { params: { path: { id } } }));
}

export function participantQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['participants', 'detail', id],
    queryFn: () => getParticipant(id),
  });
}

export function useParticipant(id: string) {
  return useQuery(participantQueryOptions(id));
}
