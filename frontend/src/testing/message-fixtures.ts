import { http, HttpResponse } from 'msw';
import type { components } from '@/api/schema.gen';
import { unnaEvent } from '@/testing/event-fixtures';
import { seedNetwork } from '@/testing/fixtures';
import { API, problem } from '@/testing/handlers';

type Message = components['schemas']['Message'];
type MessageInput = components['schemas']['MessageInput'];

export const januaryMessage: Message = {
  id: 'c0ffee00-0000-4000-8000-000000000001',
  networkId: seedNetwork.id,
  subject: 'Protokoll und Termine im Januar',
  body: [
    'Liebe Kolleginnen und Kollegen,',
    '',
    'das Protokoll des Präsenztreffens ist online. **Nächster Online-Termin:** 12. Januar.',
    '',
    '<script>window.__messageRan = true</script>',
    '',
    '[Harmlos?](javascript:window.__messageRan=true) und [die Folien](https://example.org/folien.pdf)',
  ].join('\n'),
  audience: 'MEMBERS',
  event: null,
  sender: { id: '5e7a1c2d-0000-4000-8000-00000000c00d', displayName: 'Clara Koordination' },
  // 08:30 UTC in winter is 09:30 in Berlin
  sentAt: '2027-01-05T08:30:00Z',
  recipientCount: 31,
};

export const registrantsMessage: Message = {
  id: 'c0ffee00-0000-4000-8000-000000000002',
  networkId: seedNetwork.id,
  subject: 'Anreise zum Kreishaus',
  body: 'Bitte nutzen Sie den Eingang an der Friedrich-Ebert-Straße.',
  audience: 'EVENT_REGISTRANTS',
  event: { id: unnaEvent.id, title: unnaEvent.title },
  sender: null,
  sentAt: '2027-01-12T15:00:00Z',
  recipientCount: 1,
};

/** `n` messages, newest first, for paging. */
export function manyMessages(n: number): Message[] {
  return Array.from({ length: n }, (_, index) => ({
    ...januaryMessage,
    id: `c0ffee00-0000-4000-8000-${String(index + 100).padStart(12, '0')}`,
    subject: `Rundmail ${n - index}`,
  }));
}

/**
 * The network's messages in memory, newest first: the archive without bodies, one message with its
 * body, the recipient counts per audience, and sending (which archives the message at the top).
 * `forbidden` answers every request with 403, as for someone outside the network.
 */
export function messagesStore(
  options: {
    messages?: Message[];
    counts?: { MEMBERS: number; events: Record<string, number> };
    forbidden?: boolean;
  } = {},
) {
  let messages = structuredClone(options.messages ?? [registrantsMessage, januaryMessage]);
  const counts = options.counts ?? { MEMBERS: 31, events: { [unnaEvent.id]: 4 } };
  const posts: MessageInput[] = [];
  const countRequests: { audience: string | null; eventId: string | null }[] = [];
  const refuse = () =>
    problem(403, 'Verboten', 'Nur Mitglieder des Netzwerks lesen seine Nachrichten.');
  return {
    posts,
    countRequests,
    get messages() {
      return messages;
    },
    handlers: [
      http.get(`${API}/networks/:id/messages`, ({ request }) => {
        if (options.forbidden) return refuse();
        const url = new URL(request.url);
        const page = Number(url.searchParams.get('page') ?? '0');
        const size = Number(url.searchParams.get('size') ?? '20');
        return HttpResponse.json({
          // lists carry no bodies
          items: messages.slice(page * size, (page + 1) * size).map((message) => {
            const listed = { ...message };
            delete listed.body;
            return listed;
          }),
          page,
          size,
          totalItems: messages.length,
          totalPages: Math.ceil(messages.length / size),
        });
      }),
      http.get(`${API}/networks/:id/messages/recipients`, ({ request }) => {
        if (options.forbidden) return refuse();
        const url = new URL(request.url);
        const audience = url.searchParams.get('audience');
        const eventId = url.searchParams.get('eventId');
        countRequests.push({ audience, eventId });
        const count =
          audience === 'EVENT_REGISTRANTS' ? (counts.events[eventId ?? ''] ?? 0) : counts.MEMBERS;
        return HttpResponse.json({ count });
      }),
      http.get(`${API}/networks/:id/messages/:messageId`, ({ params }) => {
        if (options.forbidden) return refuse();
        const found = messages.find((m) => m.id === params.messageId);
        return found
          ? HttpResponse.json(found)
          : problem(404, 'Nicht gefunden', 'Diese Nachricht gibt es nicht.');
      }),
      http.post(`${API}/networks/:id/messages`, async ({ request, params }) => {
        if (options.forbidden) return refuse();
        const input = (await request.json()) as MessageInput;
        posts.push(input);
        const event =
          input.eventId === unnaEvent.id ? { id: unnaEvent.id, title: unnaEvent.title } : null;
        const message: Message = {
          id: `c0ffee00-0000-4000-8000-${String(900 + posts.length).padStart(12, '0')}`,
          networkId: String(params.id),
          subject: input.subject,
          body: input.body,
          audience: input.audience,
          event,
          sender: { id: '5e7a1c2d-0000-4000-8000-00000000c00d', displayName: 'Clara Koordination' },
          sentAt: '2027-02-01T10:00:00Z',
          recipientCount:
            input.audience === 'MEMBERS'
              ? counts.MEMBERS
              : (counts.events[input.eventId ?? ''] ?? 0),
        };
        messages = [message, ...messages];
        return HttpResponse.json(message, {
          status: 201,
          headers: { Location: `/api/v1/networks/${message.networkId}/messages/${message.id}` },
        });
      }),
    ],
  };
}
