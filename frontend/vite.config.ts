/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';
import { runtimeConfigPlugin } from './runtime-config-plugin.ts';
import { securityHeadersPlugin } from './security-headers.ts';

const port = Number(process.env.KLIMANETZ_SPA_PORT ?? 5173);
const apiProxy: Record<string, ProxyOptions> = {
  '/api': {
    target: process.env.KLIMANETZ_API_URL ?? 'http://localhost:8080',
    changeOrigin: false,
    xfwd: true,
  },
};

export default defineConfig({
  plugins: [react(), securityHeadersPlugin(), runtimeConfigPlugin()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What every page needs (React, router, queries, i18n, sign-in) in one chunk of its own:
            // it changes far less often than our code, so it stays cached across releases.
            {
              name: 'framework',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next|keycloak-js|openapi-fetch)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: { port, strictPort: true, proxy: apiProxy },
  // no CORS: the app and its API share one origin (the headers of nginx.conf: securityHeadersPlugin)
  preview: { port, strictPort: true, proxy: apiProxy, cors: false },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    globals: true,
    restoreMocks: true,
    // Route tests type through whole forms (2 s alone); the build machines are shared, so allow for load.
    testTimeout: 20_000,
  },
});
