import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';

export type Webhook = components['schemas']['Webhook'];
export type WebhookInput = components['schemas']['WebhookInput'];
export type WebhookPage = components['schemas']['WebhookPage'];
export type WebhookDelivery = components['schemas']['WebhookDelivery'];
export type WebhookDeliveryPage = components['schemas']['WebhookDeliveryPage'];
export type ChangeType = components['schemas']['ChangeType'];

/** The contract's `ChangeType` enum, in its order: what a subscription may choose. */
export const CHANGE_TYPES: readonly ChangeType[] = [
  'network.created',
  'network.updated',
  'membership.created',
  'membership.updated',
  'membership.deleted',
  'room.created',
  'room.updated',
  'room.deleted',
  'session.updated',
  'session.minutes_published',
  'event.created',
  'event.updated',
  'event.deleted',
  'registration.created',
  'registration.updated',
];

/** Every change, also of types added later. */
export const ALL_CHANGES = '*';

export const WEBHOOKS_PAGE_SIZE = 20;
export const DELIVERIES_PAGE_SIZE = 20;

/** A subscription together with the `ETag` that a change must send in `If-Match`. */
export type VersionedWebhook = { webhook: Webhook; etag: string };

/** Subscriptions and their delivery logs, under `['webhooks']`. */
export const webhookKeys = {
  all: ['webhooks'] as const,
  page: (page: number) => ['webhooks', 'list', { page }] as const,
  detail: (webhookId: string) => ['webhooks', 'detail', webhookId] as const,
  deliveries: (webhookId: string) => ['webhooks', 'deliveries', webhookId] as const,
  deliveryPage: (webhookId: string, page: number) =>
    ['webhooks', 'deliveries', webhookId, { page }] as const,
};

/**
 * A key for `Idempotency-Key`: a POST sent twice (a double click, a lost answer) has one effect.
 * `crypto.randomUUID` needs a secure context; plain random bytes do the same elsewhere.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

/** The secret is in the answer to the creation only; nothing else keeps it, not even the cache. */
function withoutSecret(webhook: Webhook): Webhook {
  const copy = { ...webhook };
  delete copy.secret;
  return copy;
}

export async function getWebhooks(page: number, size = WEBHOOKS_PAGE_SIZE): Promise<WebhookPage> {
  return unwrap(await api.GET('/api/v1/webhooks', { params: { query: { page, size } } }));
}

/** One page of subscriptions, newest first (admins only). */
export function useWebhooks(page: number) {
  return useQuery({
    queryKey: webhookKeys.page(page),
    queryFn: () => getWebhooks(page),
    placeholderData: keepPreviousData,
  });
}

export async function getWebhook(webhookId: string): Promise<VersionedWebhook> {
  const result = await api.GET('/api/v1/webhooks/{webhookId}', {
    params: { path: { webhookId } },
  });
  return { webhook: unwrap(result), etag: result.response.headers.get('ETag') ?? '' };
}

export function webhookQueryOptions(webhookId: string) {
  return queryOptions({
    queryKey: webhookKeys.detail(webhookId),
    queryFn: () => getWebhook(webhookId),
  });
}

export function useWebhook(webhookId: string) {
  return useQuery(webhookQueryOptions(webhookId));
}

/** Subscribes; the answer holds the signing secret (`whsec_…`), and only this answer. */
export async function createWebhook({
  input,
  idempotencyKey,
}: {
  input: WebhookInput;
  idempotencyKey: string;
}): Promise<VersionedWebhook> {
  const result = await api.POST('/api/v1/webhooks', {
    params: { header: { 'Idempotency-Key': idempotencyKey } },
    body: input,
  });
  return { webhook: unwrap(result), etag: result.response.headers.get('ETag') ?? '' };
}

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWebhook,
    onSuccess: ({ webhook, etag }) => {
      queryClient.setQueryData(webhookKeys.detail(webhook.id), {
        webhook: withoutSecret(webhook),
        etag,
      });
      return queryClient.invalidateQueries({ queryKey: [...webhookKeys.all, 'list'] });
    },
  });
}

/** Replaces URL, types, description and `enabled`; `etag` is the version it is based on (412 if stale). */
export async function updateWebhook({
  webhookId,
  input,
  etag,
}: {
  webhookId: string;
  input: WebhookInput;
  etag: string;
}): Promise<VersionedWebhook> {
  const result = await api.PUT('/api/v1/webhooks/{webhookId}', {
    params: { path: { webhookId }, header: { 'If-Match': etag } },
    body: input,
  });
  return { webhook: unwrap(result), etag: result.response.headers.get('ETag') ?? '' };
}

export function useUpdateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateWebhook,
    onSuccess: (saved) => {
      queryClient.setQueryData(webhookKeys.detail(saved.webhook.id), saved);
      // resuming a disabled one sends its queued deliveries: the log changes too
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: [...webhookKeys.all, 'list'] }),
        queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(saved.webhook.id) }),
      ]);
    },
  });
}

/** Ends the subscription; its deliveries are gone too. */
export async function deleteWebhook(webhookId: string): Promise<void> {
  const result = await api.DELETE('/api/v1/webhooks/{webhookId}', {
    params: { path: { webhookId } },
  });
  if (!result.response.ok) unwrap(result);
}

export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteWebhook,
    onSuccess: (_, webhookId) => {
      queryClient.removeQueries({ queryKey: webhookKeys.detail(webhookId) });
      queryClient.removeQueries({ queryKey: webhookKeys.deliveries(webhookId) });
      return queryClient.invalidateQueries({ queryKey: [...webhookKeys.all, 'list'] });
    },
  });
}

export async function getWebhookDeliveries(
  webhookId: string,
  page: number,
  size = DELIVERIES_PAGE_SIZE,
): Promise<WebhookDeliveryPage> {
  return unwrap(
    await api.GET('/api/v1/webhooks/{webhookId}/deliveries', {
      params: { path: { webhookId }, query: { page, size } },
    }),
  );
}

/** The delivery log of a subscription, newest first. */
export function useWebhookDeliveries(webhookId: string, page: number) {
  return useQuery({
    queryKey: webhookKeys.deliveryPage(webhookId, page),
    queryFn: () => getWebhookDeliveries(webhookId, page),
    placeholderData: keepPreviousData,
  });
}

/** Queues a delivery again, whatever became of it, with a fresh three days of retries. */
export async function redeliverWebhook({
  webhookId,
  deliveryId,
  idempotencyKey,
}: {
  webhookId: string;
  deliveryId: string;
  idempotencyKey: string;
}): Promise<WebhookDelivery> {
  return unwrap(
    await api.POST('/api/v1/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver', {
      params: {
        path: { webhookId, deliveryId },
        header: { 'Idempotency-Key': idempotencyKey },
      },
    }),
  );
}

export function useRedeliverWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: redeliverWebhook,
    onSuccess: (_, { webhookId }) =>
      queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(webhookId) }),
  });
}
