import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import type { Db } from './db/connect.ts';
import { syncRoutes } from './sync/routes.ts';

declare module 'fastify' {
  interface FastifyInstance {
    store: Db;
    schemaVersion: number;
  }
}

export interface AppOptions {
  store: Db;
  schemaVersion: number;
  /** The built PWA (dist/); when absent only the API is served. */
  staticDir?: string | undefined;
  logger?: FastifyServerOptions['logger'];
  bodyLimit?: number;
  /** Requests per minute per address on /api; the static PWA is never limited. */
  rateLimitPerMinute?: number;
}

/** Files that must be revalidated on every load, or users get stuck on an old version. */
const NO_CACHE = new Set(['/index.html', '/sw.js', '/manifest.webmanifest', '/registerSW.js']);

/** Error codes sent to clients, which translate them; the message is for developers and logs. */
function errorCode(err: FastifyError, status: number): string {
  if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err instanceof SyntaxError) return 'malformed_json';
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'body_too_large';
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 'unsupported_media_type';
  if (err.validation) return 'invalid_body';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'internal';
  return (err.code ?? 'bad_request').toLowerCase();
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? 1024 * 1024,
    // Bodies are checked against schemas as sent: nothing is coerced or silently dropped.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
    return503OnClosing: true,
  });
  app.decorate('store', opts.store);
  app.decorate('schemaVersion', opts.schemaVersion);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'blob:', 'data:'],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // The app is served over plain http on a class LAN too; HSTS would lock tablets out.
    hsts: false,
    crossOriginEmbedderPolicy: false,
  });
  // Text assets go out compressed: on a class's shared Wi-Fi the kit's JS is most of the first load.
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  await app.register(rateLimit, {
    global: true,
    max: opts.rateLimitPerMinute ?? 1200,
    timeWindow: '1 minute',
    allowList: (req) => !req.url.startsWith('/api/'),
    errorResponseBuilder: (_req, ctx) => ({ statusCode: 429, error: 'rate_limited', message: `Too many requests; retry in ${Math.ceil(ctx.ttl / 1000)} s` }),
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    if (status >= 500) req.log.error({ err: { message: err.message, code: err.code } }, 'request failed');
    void reply.status(status).send({ error: errorCode(err, status), message: status >= 500 ? 'Internal server error' : err.message });
  });

  app.get('/api/health', async () => ({ status: 'ok', db: app.store.dialect, schemaVersion: app.schemaVersion }));
  // Sync, center and hub API (its own error codes on top of the handler above).
  await app.register(syncRoutes);

  const dist = opts.staticDir ? resolve(opts.staticDir) : undefined;
  const hasDist = dist !== undefined && existsSync(join(dist, 'index.html'));
  if (hasDist) {
    await app.register(fastifyStatic, {
      root: dist,
      prefix: '/',
      cacheControl: false,
      etag: true,
      lastModified: true,
      index: ['index.html'],
      wildcard: true,
      // The build writes .br and .gz beside each text asset (vite.config.ts): sent as they are.
      preCompressed: true,
      setHeaders(res, filePath) {
        // A precompressed copy (x.js.br) is cached as the file it stands for.
        const rel = filePath.slice(dist.length).replaceAll('\\', '/').replace(/\.(br|gz)$/, '');
        if (rel.startsWith('/assets/')) res.header('Cache-Control', 'public, max-age=31536000, immutable');
        else if (NO_CACHE.has(rel) || rel.endsWith('.html')) res.header('Cache-Control', 'no-cache');
        else res.header('Cache-Control', 'public, max-age=3600');
      },
    });
  }

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    // An /api miss is never answered with the app's HTML: clients would parse a page as data.
    if (path.startsWith('/api/') || path === '/api') {
      return reply.status(404).send({ error: 'not_found', message: `No API route ${req.method} ${path}` });
    }
    const wantsHtml = (req.method === 'GET' || req.method === 'HEAD') && !/\.[a-z0-9]+$/i.test(path);
    if (hasDist && wantsHtml) {
      // Client-side routes: the app shell answers, and renders its own not-found screen if needed.
      return reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html');
    }
    return reply.status(404).send({ error: 'not_found', message: `Not found: ${path}` });
  });

  return app;
}
