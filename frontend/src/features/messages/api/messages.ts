import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';

export type Message = components['schemas']['Message'];
export type MessagePage = components['schemas']['MessagePage'];
export type MessageInput = components['schemas']['MessageInput'];
export type MessageAudience = components['schemas']['MessageAudience'];

export const MESSAGE_AUDIENCES: readonly MessageAudience[] = ['MEMBERS', 'EVENT_REGISTRANTS'];

/** The API's limits of a message (`MessageInput`). */
export const MESSAGE_LIMITS = { subject: 200, body: 20_000 } as const;

export const MESSAGES_PAGE_SIZE = 20;

/**
 * A network's messages sit under `['networks', networkId, 'messages']`: the archive's pages, each
 * message, and the recipient counts of the form; invalidating the prefix refreshes them all.
 */
export const messageKeys = {
  all: (networkId: string) => ['networks', networkId, 'messages'] as const,
  page: (networkId: string, page: number, size: number) =>
    ['networks', networkId, 'messages', 'list', { page, size }] as const,
  detail: (networkId: string, messageId: string) =>
    ['networks', networkId, 'messages', 'detail', messageId] as const,
  recipients: (networkId: string, audience: MessageAudience, eventId: string | undefined) =>
    ['networks', networkId, 'messages', 'recipients', { audience, eventId }] as const,
};

/** One page of the archive, newest first, without bodies. */
export async function getNetworkMessages(
  networkId: string,
  page: number,
  size = MESSAGES_PAGE_SIZE,
): Promise<MessagePage> {
  return unwrap(
    await api.GET('/api/v1/networks/{id}/messages', {
      params: { path: { id: networkId }, query: { page, size } },
    }),
  );
}

export function useNetworkMessages(
  networkId: string,
  page: number,
  { size = MESSAGES_PAGE_SIZE, enabled = true }: { size?: number; enabled?: boolean } = {},
) {
  return useQuery({
    queryKey: messageKeys.page(networkId, page, size),
    queryFn: () => getNetworkMessages(networkId, page, size),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One message with its Markdown body. */
export async function getNetworkMessage(networkId: string, messageId: string): Promise<Message> {
  return unwrap(
    await api.GET('/api/v1/networks/{id}/messages/{messageId}', {
      params: { path: { id: networkId, messageId } },
    }),
  );
}

export function networkMessageQueryOptions(networkId: string, messageId: string) {
  return queryOptions({
    queryKey: messageKeys.detail(networkId, messageId),
    queryFn: () => getNetworkMessage(networkId, messageId),
  });
}

export function useNetworkMessage(networkId: string, messageId: string) {
  return useQuery(networkMessageQueryOptions(networkId, messageId));
}

/** How many a message to `audience` would reach now (coordinators and admins). */
export async function countMessageRecipients(
  networkId: string,
  audience: MessageAudience,
  eventId: string | undefined,
): Promise<number> {
  const result = unwrap(
    await api.GET('/api/v1/networks/{id}/messages/recipients', {
      params: { path: { id: networkId }, query: { audience, eventId } },
    }),
  );
  return result.count;
}

/**
 * The live number of recipients; asked again whenever the audience changes, and not at all for
 * registered people while no event is chosen.
 */
export function useMessageRecipients(
  networkId: string,
  audience: MessageAudience,
  eventId: string | undefined,
) {
  return useQuery({
    queryKey: messageKeys.recipients(networkId, audience, eventId),
    queryFn: () => countMessageRecipients(networkId, audience, eventId),
    enabled: audience === 'MEMBERS' || eventId !== undefined,
    staleTime: 0,
  });
}

/** Archives the message and queues one mail per recipient. */
export async function sendNetworkMessage({
  networkId,
  input,
}: {
  networkId: string;
  input: MessageInput;
}): Promise<Message> {
  return unwrap(
    await api.POST('/api/v1/networks/{id}/messages', {
      params: { path: { id: networkId } },
      body: input,
    }),
  );
}

export function useSendNetworkMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendNetworkMessage,
    onSuccess: (message, { networkId }) => {
      queryClient.setQueryData(messageKeys.detail(networkId, message.id), message);
      return queryClient.invalidateQueries({ queryKey: messageKeys.all(networkId) });
    },
  });
}
