import { http, HttpResponse } from 'msw';
import { pageOf, seedNetwork } from '@/testing/fixtures';

export const API = '*/api/v1';

export function problem(status: number, title: string, detail?: string) {
  return HttpResponse.json(
    { type: 'about:blank', title, status, detail, instance: '/api/v1/test' },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** The happy path: one network, found by its id; everything else is a 404 problem. */
export const handlers = [
  http.get(`${API}/networks`, () => HttpResponse.json(pageOf([seedNetwork]))),
  http.get(`${API}/networks/:id`, ({ params }) =>
    params.id === seedNetwork.id
      ? HttpResponse.json(seedNetwork, { headers: { ETag: '"1"' } })
      : problem(404, 'Not Found', `Es gibt kein Netzwerk mit der Kennung ${String(params.id)}.`),
  ),
];
