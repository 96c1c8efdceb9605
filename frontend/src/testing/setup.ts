import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { configureApiClient } from '@/lib/api-client';
import { server } from '@/testing/server';

export const TEST_TOKEN = 'test-access-token';

// findBy*/waitFor wait up to 5 s instead of 1 s: a lazily loaded page takes longer on a busy shared machine.
configure({ asyncUtilTimeout: 5_000 });

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
