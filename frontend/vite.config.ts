/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import purgeCss from '@fullhuman/postcss-purgecss';
import react from '@vitejs/plugin-react';
import type { AcceptedPlugin, Plugin as PostCssPlugin } from 'postcss';
import { defineConfig, type ProxyOptions } from 'vite';
import { previewCompressionPlugin } from './preview-compression.ts';
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

/**
 * KERN UX ships one stylesheet for every component (344 KB, 38 KB gzipped); the app uses a small
 * part of it. In the production build the rules whose classes appear nowhere in `src/` or
 * `index.html` are dropped from the KERN files (never from our own `styles.css`). Classes built
 * at run time (`kern-alert--${tone}` and the like) are kept by the patterns below; the E2E suite
 * (axe contrast checks, screenshots) runs on this build.
 */
/** The KERN icons whose name the code writes as a string (`icon: 'warning'`, then `kern-icon--${icon}`). */
function iconsNamedInSource(): RegExp[] {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) texts.push(readFileSync(path, 'utf8'));
    }
  };
  walk(fileURLToPath(new URL('./src', import.meta.url)));
  const quoted = new Set(texts.join('\n').match(/(?<=['"`])[a-z][a-z0-9-]*(?=['"`])/g) ?? []);
  return [...quoted].map((name) => new RegExp(`^kern-icon--${name}$`));
}

function purgeKernCss(): AcceptedPlugin {
  const purge = purgeCss({
    content: ['./index.html', './src/**/*.{ts,tsx}'],
    safelist: {
      standard: [/^kern-(btn|alert|badge)--/, /^kern-loader/, ...iconsNamedInSource()],
    },
    // custom properties, fonts and keyframes are few and cheap; keep them all
    variables: false,
    fontFace: false,
    keyframes: false,
  }) as PostCssPlugin;
  return {
    postcssPlugin: 'klimanetz-purge-kern',
    OnceExit(root, helpers) {
      if (!root.source?.input.file?.includes('@kern-ux')) return;
      return purge.OnceExit?.(root, helpers);
    },
  };
}

export default defineConfig(({ command }) => ({
  css: { postcss: { plugins: command === 'build' ? [purgeKernCss()] : [] } },
  plugins: [react(), securityHeadersPlugin(), runtimeConfigPlugin(), previewCompressionPlugin()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    // dist/.vite/manifest.json: read by scripts/bundle-budget.mjs (the first-load budget)
    manifest: true,
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
}));
