import type { Connect, Plugin } from 'vite';

/**
 * Serves `/config.json` from environment variables for `vite` (dev) and `vite preview`,
 * so one build runs against any Keycloak. The static `public/config.json` is what nginx
 * serves in the container image.
 */
export function runtimeConfigPlugin(env: NodeJS.ProcessEnv = process.env): Plugin {
  const config = {
    keycloakUrl: env.KLIMANETZ_KEYCLOAK_URL ?? 'http://localhost:8180',
    realm: env.KLIMANETZ_REALM ?? 'klimanetz',
    clientId: env.KLIMANETZ_SPA_CLIENT_ID ?? 'klimanetz-spa',
  };
  const body = JSON.stringify(config, null, 2);

  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const path = req.url?.split('?')[0];
    if (path !== '/config.json') {
      next();
      return;
    }
    res.statusCode = 200;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(body);
  };

  return {
    name: 'klimanetz-runtime-config',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}
