import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@/api/schema.gen';

/** An RFC 9457 problem as the API sends it (`application/problem+json`). */
export type Problem = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  violations?: { field?: string; message?: string }[];
};

/** Thrown by request functions for every non-2xx answer; carries the parsed problem when there is one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined) {
    super(problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

function asProblem(body: unknown): Problem | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const candidate = body as Problem;
  return typeof candidate.title === 'string' || typeof candidate.detail === 'string'
    ? candidate
    : undefined;
}

type TokenProvider = () => Promise<string | undefined>;

let tokenProvider: TokenProvider = () => Promise.resolve(undefined);
let languageProvider: () => string | undefined = () => undefined;

/**
 * Wires authentication (and the UI language) into the client once at start-up (main.tsx; tests use a stub).
 * A 401 is not answered with an automatic login: the token was just refreshed, so a loop would follow;
 * the problem is shown with a "sign in again" button instead.
 */
export function configureApiClient(options: {
  getToken: TokenProvider;
  /** Problems come back in this language (`title`, `detail`). */
  getLanguage?: () => string | undefined;
}): void {
  tokenProvider = options.getToken;
  languageProvider = options.getLanguage ?? (() => undefined);
}

const authMiddleware: Middleware = {
  async onRequest({ request }) {
    const token = await tokenProvider();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    // A caller may ask for another type (e.g. `text/calendar`); JSON otherwise.
    if (!request.headers.has('Accept')) {
      request.headers.set('Accept', 'application/json, application/problem+json');
    }
    const language = languageProvider();
    if (language) request.headers.set('Accept-Language', language);
    return request;
  },
};

export const api = createClient<paths>({
  baseUrl: typeof window === 'undefined' ? '' : window.location.origin,
  // Resolve fetch per call so test interceptors (MSW) and polyfills are honoured.
  fetch: (request) => globalThis.fetch(request),
});
api.use(authMiddleware);

/** Returns `data` of a successful openapi-fetch result, throws an {@link ApiError} otherwise. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (!result.response.ok || result.data === undefined) {
    throw new ApiError(result.response.status, asProblem(result.error));
  }
  return result.data;
}

/**
 * Someone else saved the same thing meanwhile (412 on `If-Match`), or a version was expected but
 * not sent (428, e.g. someone created the first minutes meanwhile): the change was not saved, and
 * the form offers to load the current version.
 */
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 412 || error.status === 428);
}
