import { http, HttpResponse } from 'msw';
import { api, ApiError, configureApiClient, unwrap } from '@/lib/api-client';
import { API, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { TEST_TOKEN } from '@/testing/setup';

describe('api client', () => {
  afterEach(() => configureApiClient({ getToken: () => Promise.resolve(TEST_TOKEN) }));

  it('asks for a fresh token before every call and sends the UI language', async () => {
    const getToken = vi.fn().mockResolvedValueOnce('first').mockResolvedValueOnce('second');
    configureApiClient({ getToken, getLanguage: () => 'en' });
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${API}/networks`, ({ request }) => {
        expect(request.headers.get('Accept-Language')).toBe('en');
        seen.push(request.headers.get('Authorization'));
        return HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 });
      }),
    );
    await api.GET('/api/v1/networks');
    await api.GET('/api/v1/networks');
    expect(seen).toEqual(['Bearer first', 'Bearer second']);
  });

  it('asks for JSON unless the caller asks for another type', async () => {
    const accepts: (string | null)[] = [];
    server.use(
      http.get(`${API}/networks/:id/calendar.ics`, ({ request }) => {
        accepts.push(request.headers.get('Accept'));
        return new HttpResponse('BEGIN:VCALENDAR', {
          headers: { 'Content-Type': 'text/calendar' },
        });
      }),
    );
    await api.GET('/api/v1/networks/{id}/calendar.ics', {
      params: { path: { id: 'n' } },
      headers: { Accept: 'text/calendar' },
      parseAs: 'text',
    });
    await api.GET('/api/v1/networks/{id}/calendar.ics', {
      params: { path: { id: 'n' } },
      parseAs: 'text',
    });
    expect(accepts).toEqual(['text/calendar', 'application/json, application/problem+json']);
  });

  it('turns a problem into an ApiError', async () => {
    configureApiClient({ getToken: () => Promise.resolve('expired') });
    server.use(http.get(`${API}/networks`, () => problem(401, 'Unauthorized', 'Token abgelaufen')));

    const error = await Promise.resolve()
      .then(async () => unwrap(await api.GET('/api/v1/networks')))
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect((error as ApiError).problem?.detail).toBe('Token abgelaufen');
  });
});
