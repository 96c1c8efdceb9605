import { http, HttpResponse } from 'msw';
import type { components } from '@/api/schema.gen';
import { API, problem, validationProblem } from '@/testing/handlers';

type Webhook = components['schemas']['Webhook'];
type WebhookInput = components['schemas']['WebhookInput'];
type WebhookDelivery = components['schemas']['WebhookDelivery'];

export const crmWebhook: Webhook = {
  id: 'ebb00000-0000-4000-8000-000000000001',
  url: 'https://crm.kommunalagentur-nrw.example/hooks/klimanetz',
  eventTypes: ['registration.created', 'registration.updated', 'event.updated'],
  description: 'CRM der Geschäftsstelle',
  enabled: true,
  disabledReason: null,
  consecutiveFailures: 0,
  createdAt: '2026-12-01T08:00:00Z',
  updatedAt: '2026-12-01T08:00:00Z',
};

export const disabledWebhook: Webhook = {
  id: 'ebb00000-0000-4000-8000-000000000002',
  url: 'https://intranet.unna.example/kalender/import',
  eventTypes: ['*'],
  description: null,
  enabled: false,
  disabledReason: '20 deliveries in a row failed (last: HTTP 503)',
  consecutiveFailures: 20,
  createdAt: '2026-11-20T08:00:00Z',
  updatedAt: '2026-12-05T10:00:00Z',
};

export const succeededDelivery: WebhookDelivery = {
  id: 'de1e0000-0000-4000-8000-000000000001',
  changeId: 'c4a90000-0000-4000-8000-000000000001',
  type: 'registration.created',
  status: 'SUCCEEDED',
  attempts: 1,
  // 09:00 UTC on 8 December is 10:00 in Berlin
  createdAt: '2026-12-08T09:00:00Z',
  lastAttemptAt: '2026-12-08T09:00:01Z',
  nextAttemptAt: null,
  lastStatusCode: 204,
  lastDurationMs: 1234,
  lastError: null,
};

export const failedDelivery: WebhookDelivery = {
  id: 'de1e0000-0000-4000-8000-000000000002',
  changeId: 'c4a90000-0000-4000-8000-000000000002',
  type: 'event.updated',
  status: 'FAILED',
  attempts: 17,
  createdAt: '2026-12-05T09:00:00Z',
  lastAttemptAt: '2026-12-08T08:00:00Z',
  nextAttemptAt: null,
  lastStatusCode: 503,
  lastDurationMs: 87,
  lastError: 'HTTP 503',
};

const pageOf = <T>(items: T[], page: number, size: number) => ({
  items: items.slice(page * size, (page + 1) * size),
  page,
  size,
  totalItems: items.length,
  totalPages: Math.ceil(items.length / size),
});

/**
 * The webhook API in memory, as the contract describes it: lists newest first, the secret only in
 * the answer to POST, PUT with If-Match (428 without, 412 when stale), DELETE, the delivery log
 * and redelivery. `forbidden` answers everything with 403, as for anyone but an admin.
 */
export function webhooksStore(
  options: {
    webhooks?: Webhook[];
    deliveries?: Record<string, WebhookDelivery[]>;
    forbidden?: boolean;
  } = {},
) {
  const webhooks = structuredClone(options.webhooks ?? [crmWebhook, disabledWebhook]);
  const deliveries = structuredClone(
    options.deliveries ?? { [crmWebhook.id]: [succeededDelivery, failedDelivery] },
  );
  const versions = new Map(webhooks.map((w) => [w.id, 0]));
  const created: { body: WebhookInput; idempotencyKey: string | null }[] = [];
  const puts: { ifMatch: string | null; body: WebhookInput }[] = [];
  const deleted: string[] = [];
  const redelivered: string[] = [];
  let rejectCreate: { field: string; message: string }[] | undefined;
  const refuse = () => problem(403, 'Verboten', 'Nur für die Administration.');
  const notFound = () => problem(404, 'Nicht gefunden', 'Diesen Webhook gibt es nicht.');
  const etag = (id: string) => `"${versions.get(id) ?? 0}"`;

  return {
    webhooks,
    created,
    puts,
    deleted,
    redelivered,
    secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    /** The next POST is answered with these violations (400). */
    rejectNextCreate(violations: { field: string; message: string }[]) {
      rejectCreate = violations;
    },
    /** Someone else saved the subscription meanwhile: the form's ETag is stale. */
    changeElsewhere(id: string, change: Partial<Webhook>) {
      const found = webhooks.find((w) => w.id === id)!;
      Object.assign(found, change);
      versions.set(id, (versions.get(id) ?? 0) + 1);
    },
    handlers: [
      http.get(`${API}/webhooks`, ({ request }) => {
        if (options.forbidden) return refuse();
        const url = new URL(request.url);
        const page = Number(url.searchParams.get('page') ?? '0');
        const size = Number(url.searchParams.get('size') ?? '20');
        return HttpResponse.json(pageOf(webhooks, page, size));
      }),
      http.post(`${API}/webhooks`, async ({ request }) => {
        if (options.forbidden) return refuse();
        const body = (await request.json()) as WebhookInput;
        created.push({ body, idempotencyKey: request.headers.get('Idempotency-Key') });
        if (rejectCreate) {
          const violations = rejectCreate;
          rejectCreate = undefined;
          return validationProblem(violations);
        }
        const webhook: Webhook = {
          id: `ebb00000-0000-4000-8000-${String(100 + webhooks.length).padStart(12, '0')}`,
          url: body.url,
          eventTypes: body.eventTypes,
          description: body.description ?? null,
          enabled: body.enabled ?? true,
          disabledReason: null,
          consecutiveFailures: 0,
          createdAt: '2026-12-09T09:00:00Z',
          updatedAt: '2026-12-09T09:00:00Z',
        };
        webhooks.unshift(webhook);
        versions.set(webhook.id, 0);
        deliveries[webhook.id] = [];
        return HttpResponse.json(
          { ...webhook, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' },
          {
            status: 201,
            headers: { ETag: etag(webhook.id), Location: `/api/v1/webhooks/${webhook.id}` },
          },
        );
      }),
      http.get(`${API}/webhooks/:webhookId`, ({ params }) => {
        if (options.forbidden) return refuse();
        const found = webhooks.find((w) => w.id === params.webhookId);
        return found ? HttpResponse.json(found, { headers: { ETag: etag(found.id) } }) : notFound();
      }),
      http.put(`${API}/webhooks/:webhookId`, async ({ params, request }) => {
        if (options.forbidden) return refuse();
        const found = webhooks.find((w) => w.id === params.webhookId);
        if (!found) return notFound();
        const ifMatch = request.headers.get('If-Match');
        const body = (await request.json()) as WebhookInput;
        puts.push({ ifMatch, body });
        if (!ifMatch) return problem(428, 'Version fehlt', 'If-Match fehlt.');
        if (ifMatch !== etag(found.id)) {
          return problem(412, 'Geändert', 'Der Webhook wurde inzwischen geändert.');
        }
        const enable = body.enabled ?? found.enabled;
        Object.assign(found, {
          url: body.url,
          eventTypes: body.eventTypes,
          description: body.description ?? null,
          enabled: enable,
          ...(enable && !found.enabled ? { consecutiveFailures: 0, disabledReason: null } : {}),
          updatedAt: '2026-12-09T10:00:00Z',
        });
        versions.set(found.id, (versions.get(found.id) ?? 0) + 1);
        return HttpResponse.json(found, { headers: { ETag: etag(found.id) } });
      }),
      http.delete(`${API}/webhooks/:webhookId`, ({ params }) => {
        if (options.forbidden) return refuse();
        const index = webhooks.findIndex((w) => w.id === params.webhookId);
        if (index < 0) return notFound();
        deleted.push(String(params.webhookId));
        webhooks.splice(index, 1);
        return new HttpResponse(null, { status: 204 });
      }),
      http.get(`${API}/webhooks/:webhookId/deliveries`, ({ params, request }) => {
        if (options.forbidden) return refuse();
        if (!webhooks.some((w) => w.id === params.webhookId)) return notFound();
        const url = new URL(request.url);
        const page = Number(url.searchParams.get('page') ?? '0');
        const size = Number(url.searchParams.get('size') ?? '20');
        return HttpResponse.json(pageOf(deliveries[String(params.webhookId)] ?? [], page, size));
      }),
      http.post(`${API}/webhooks/:webhookId/deliveries/:deliveryId/redeliver`, ({ params }) => {
        if (options.forbidden) return refuse();
        const found = (deliveries[String(params.webhookId)] ?? []).find(
          (d) => d.id === params.deliveryId,
        );
        if (!found) return notFound();
        redelivered.push(found.id);
        Object.assign(found, {
          status: 'QUEUED',
          nextAttemptAt: '2026-12-09T09:00:05Z',
        } satisfies Partial<WebhookDelivery>);
        return HttpResponse.json(found);
      }),
    ],
  };
}
