import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';

export type UnsubscribeResult = components['schemas']['UnsubscribeResult'];

/** The longest token the API accepts; anything longer cannot be one of its links. */
export const UNSUBSCRIBE_TOKEN_MAX_LENGTH = 200;

const unsubscribeKeys = {
  link: (token: string) => ['unsubscribe', token] as const,
};

/**
 * What a mail's unsubscribe link turns off (no login: the signed token is the credential). Reading
 * changes nothing, so the page can show the category before the person confirms.
 */
export async function readUnsubscribeLink(token: string): Promise<UnsubscribeResult> {
  return unwrap(await api.GET('/api/v1/unsubscribe/{token}', { params: { path: { token } } }));
}

export function unsubscribeLinkQueryOptions(token: string) {
  return queryOptions({
    queryKey: unsubscribeKeys.link(token),
    queryFn: () => readUnsubscribeLink(token),
  });
}

export function useUnsubscribeLink(token: string) {
  return useQuery(unsubscribeLinkQueryOptions(token));
}

/**
 * Turns the link's category off, with the RFC 8058 one-click body that mail programs send too.
 * Repeating it is harmless.
 */
export async function unsubscribe(token: string): Promise<UnsubscribeResult> {
  return unwrap(
    await api.POST('/api/v1/unsubscribe/{token}', {
      params: { path: { token } },
      body: { 'List-Unsubscribe': 'One-Click' },
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    }),
  );
}

export function useUnsubscribe(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unsubscribe(token),
    onSuccess: (result) => queryClient.setQueryData(unsubscribeKeys.link(token), result),
  });
}
