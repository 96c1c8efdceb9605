import type { Plugin } from 'vite';

/**
 * The security headers of the web app, the same as `nginx.conf` sends in the container image, for
 * the local server (`vite preview`, used by `make run` and `make test`). The e2e test
 * `e2e/security-headers.test.mjs` compares both with what the server really sends.
 */
/** The page Keycloak's hidden sign-in check ends on; the app frames it, nothing else may. */
export const SILENT_CHECK_SSO_PATH = '/silent-check-sso.html';

export function securityHeaders(
  env: NodeJS.ProcessEnv = process.env,
  path = '/',
): Record<string, string> {
  const keycloak = (env.KLIMANETZ_KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/$/, '');
  const framedByApp = path === SILENT_CHECK_SSO_PATH;
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${keycloak}`,
    // the hidden sign-in check: an iframe to Keycloak that ends on our silent-check-sso.html
    `frame-src 'self' ${keycloak}`,
    `form-action 'self' ${keycloak}`,
    "base-uri 'self'",
    "object-src 'none'",
    framedByApp ? "frame-ancestors 'self'" : "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': framedByApp ? 'SAMEORIGIN' : 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
}

/**
 * Sends the security headers on every answer of `vite preview`, including those of other
 * middlewares such as `/config.json` (Vite's own `preview.headers` only reach the static files).
 * Registered before the other plugins so that it runs first.
 */
export function securityHeadersPlugin(env: NodeJS.ProcessEnv = process.env): Plugin {
  const headers = securityHeaders(env);
  const silentCheckHeaders = securityHeaders(env, SILENT_CHECK_SSO_PATH);
  return {
    name: 'klimanetz-security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0];
        const chosen = path === SILENT_CHECK_SSO_PATH ? silentCheckHeaders : headers;
        for (const [name, value] of Object.entries(chosen)) res.setHeader(name, value);
        next();
      });
    },
  };
}
