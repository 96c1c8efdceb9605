import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { api, unwrap } from '@/lib/api-client';

export type MailDelivery = components['schemas']['MailDelivery'];
export type MailDeliveryPage = components['schemas']['MailDeliveryPage'];
export type MailStatus = components['schemas']['MailStatus'];
export type MailKind = MailDelivery['kind'];
export type MailAttempt = NonNullable<MailDelivery['attemptLog']>[number];

/** The statuses of the filter; `FAILED` first, because that is what admins come for. */
export const MAIL_STATUSES: readonly MailStatus[] = ['FAILED', 'QUEUED', 'SENT', 'DROPPED'];

export const MAIL_DELIVERIES_PAGE_SIZE = 20;

/** The outbox as admins see it, under `['mail-deliveries']`. */
export const mailDeliveryKeys = {
  all: ['mail-deliveries'] as const,
  page: (status: MailStatus, page: number) =>
    ['mail-deliveries', 'list', { status, page }] as const,
  detail: (deliveryId: string) => ['mail-deliveries', 'detail', deliveryId] as const,
};

/** One page of mails with one status, most recent attempt first (admins only). */
export async function getMailDeliveries(
  status: MailStatus,
  page: number,
  size = MAIL_DELIVERIES_PAGE_SIZE,
): Promise<MailDeliveryPage> {
  return unwrap(
    await api.GET('/api/v1/mail-deliveries', { params: { query: { status, page, size } } }),
  );
}

export function useMailDeliveries(status: MailStatus, page: number) {
  return useQuery({
    queryKey: mailDeliveryKeys.page(status, page),
    queryFn: () => getMailDeliveries(status, page),
    placeholderData: keepPreviousData,
  });
}

/** One mail with every attempt. */
export async function getMailDelivery(deliveryId: string): Promise<MailDelivery> {
  return unwrap(
    await api.GET('/api/v1/mail-deliveries/{deliveryId}', {
      params: { path: { deliveryId } },
    }),
  );
}

export function mailDeliveryQueryOptions(deliveryId: string) {
  return queryOptions({
    queryKey: mailDeliveryKeys.detail(deliveryId),
    queryFn: () => getMailDelivery(deliveryId),
  });
}

export function useMailDelivery(deliveryId: string) {
  return useQuery(mailDeliveryQueryOptions(deliveryId));
}

/** Puts a `FAILED` mail back into the queue with a fresh day of retries; any other status is 409. */
export async function retryMailDelivery(deliveryId: string): Promise<MailDelivery> {
  return unwrap(
    await api.POST('/api/v1/mail-deliveries/{deliveryId}/retry', {
      params: { path: { deliveryId } },
    }),
  );
}

export function useRetryMailDelivery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryMailDelivery,
    // the list it came from and its attempt log both changed
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mailDeliveryKeys.all }),
  });
}
