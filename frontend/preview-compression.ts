import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
};

/**
 * `vite preview` (the SPA's server in `make run`, `make test` and `make bench`) sends files
 * uncompressed; nginx in the container image gzips them (`gzip on` in nginx.conf). This plugin
 * gzips the hashed build output for the preview server too, once per file, so that local
 * measurements (Lighthouse in `make bench`) see the bytes a real visitor gets.
 */
export function previewCompressionPlugin(): Plugin {
  let outDir = 'dist';
  const cache = new Map<string, Buffer>();
  return {
    name: 'klimanetz-preview-gzip',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        // file names only, no sub-folders: nothing outside dist/assets can be named
        const match = /^\/assets\/[\w.-]+\.(js|css|json|svg)$/.exec(path);
        const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        if (!match || !gzip || (req.method !== 'GET' && req.method !== 'HEAD')) {
          next();
          return;
        }
        const file = join(outDir, path);
        let body = cache.get(file);
        if (!body) {
          try {
            body = gzipSync(readFileSync(file), { level: 9 });
          } catch {
            next(); // not there: the static server answers 404
            return;
          }
          cache.set(file, body);
        }
        res.statusCode = 200;
        res.setHeader('Content-Type', TYPES[match[1]!]!);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Content-Length', body.length);
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        res.end(req.method === 'HEAD' ? undefined : body);
      });
    },
  };
}
