import '@testing-library/jest-dom/vitest';
import { configureApiClient } from '@/lib/api-client';
import { server } from '@/testing/server';

export const TEST_TOKEN = 'test-access-token';

beforeAll(() => {
  server.listen({ onUnhandledFrame: 'error' });
  configureApiClient({ getToken: () => Promise.resolve(TEST_TOKEN) });
});
afterEach(() => {
  server.resetHandlers();
  window.localStorage.clear();
  document.title = '';
});
afterAll(() => server.close());
