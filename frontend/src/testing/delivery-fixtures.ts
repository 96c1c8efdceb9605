import { http, HttpResponse } from 'msw';
import type { components } from '@/api/schema.gen';
import { seedNetwork } from '@/testing/fixtures';
import { API, problem } from '@/testing/handlers';

type MailDelivery = components['schemas']['MailDelivery'];

export const failedDelivery: MailDelivery = {
  id: 'de11ee00-0000-4000-8000-000000000001',
  kind: 'MINUTES_PUBLISHED',
  category: 'minutes',
  recipient: 'mara.mitglied@schwerte.example',
  networkId: seedNetwork.id,
  status: 'FAILED',
  attempts: 14,
  subject: 'Protokoll veröffentlicht: Online-Austausch am 8. Dezember',
  lastError: '550 5.1.1 <mara.mitglied@schwerte.example>: Recipient address rejected',
  createdAt: '2026-12-08T09:00:00Z',
  // 09:05 UTC on 9 December is 10:05 in Berlin
  lastAttemptAt: '2026-12-09T09:05:00Z',
  nextAttemptAt: null,
  sentAt: null,
  attemptLog: [
    { attempt: 1, attemptedAt: '2026-12-08T09:00:05Z', error: '421 4.7.0 Try again later' },
    {
      attempt: 14,
      attemptedAt: '2026-12-09T09:05:00Z',
      error: '550 5.1.1 <mara.mitglied@schwerte.example>: Recipient address rejected',
    },
  ],
};

export const erasedDelivery: MailDelivery = {
  ...failedDelivery,
  id: 'de11ee00-0000-4000-8000-000000000002',
  kind: 'INVITATION',
  category: null,
  recipient: null,
  subject: null,
  attempts: 12,
  lastError: 'Connection refused',
};

export const sentDelivery: MailDelivery = {
  ...failedDelivery,
  id: 'de11ee00-0000-4000-8000-000000000003',
  kind: 'REGISTRATION',
  category: null,
  status: 'SENT',
  attempts: 1,
  subject: 'Anmeldung bestätigt: Präsenztreffen im Kreishaus Unna',
  lastError: null,
  sentAt: '2026-12-08T09:00:05Z',
  attemptLog: [{ attempt: 1, attemptedAt: '2026-12-08T09:00:05Z', error: null }],
};

/**
 * The admins' view of the outbox in memory: lists by status (FAILED unless asked), one mail with
 * its attempts, and the retry (a FAILED mail is QUEUED again, anything else is 409). `forbidden`
 * answers everything with 403, as for anyone but an admin.
 */
export function deliveriesStore(
  options: { deliveries?: MailDelivery[]; forbidden?: boolean } = {},
) {
  const deliveries = structuredClone(
    options.deliveries ?? [failedDelivery, erasedDelivery, sentDelivery],
  );
  const retries: string[] = [];
  const listRequests: (string | null)[] = [];
  const refuse = () => problem(403, 'Verboten', 'Nur für die Administration.');
  return {
    retries,
    listRequests,
    deliveries,
    /** Someone else retried the mail meanwhile. */
    retriedElsewhere(id: string) {
      const found = deliveries.find((d) => d.id === id)!;
      found.status = 'QUEUED';
    },
    handlers: [
      http.get(`${API}/mail-deliveries`, ({ request }) => {
        if (options.forbidden) return refuse();
        const url = new URL(request.url);
        const status = url.searchParams.get('status');
        listRequests.push(status);
        const page = Number(url.searchParams.get('page') ?? '0');
        const size = Number(url.searchParams.get('size') ?? '20');
        const found = deliveries
          .filter((d) => d.status === (status ?? 'FAILED'))
          .map((delivery) => {
            const listed = { ...delivery };
            delete listed.attemptLog;
            return listed;
          });
        return HttpResponse.json({
          items: found.slice(page * size, (page + 1) * size),
          page,
          size,
          totalItems: found.length,
          totalPages: Math.ceil(found.length / size),
        });
      }),
      http.get(`${API}/mail-deliveries/:deliveryId`, ({ params }) => {
        if (options.forbidden) return refuse();
        const found = deliveries.find((d) => d.id === params.deliveryId);
        return found
          ? HttpResponse.json(found)
          : problem(404, 'Nicht gefunden', 'Diese E-Mail gibt es nicht.');
      }),
      http.post(`${API}/mail-deliveries/:deliveryId/retry`, ({ params }) => {
        if (options.forbidden) return refuse();
        const id = String(params.deliveryId);
        retries.push(id);
        const found = deliveries.find((d) => d.id === id);
        if (!found) return problem(404, 'Nicht gefunden', 'Diese E-Mail gibt es nicht.');
        if (found.status !== 'FAILED') {
          return problem(
            409,
            'Konflikt',
            'Nur nicht zustellbare E-Mails können erneut gesendet werden.',
          );
        }
        found.status = 'QUEUED';
        found.nextAttemptAt = '2026-12-10T08:00:05Z';
        return HttpResponse.json(found);
      }),
    ],
  };
}
