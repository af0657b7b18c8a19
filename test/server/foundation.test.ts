import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { migrate } from '../../src/server/db/connect.ts';
import { SCHEMA_VERSION } from '../../src/server/db/migrations.ts';
import { readConfig } from '../../src/server/config.ts';
import { dialects, type TestDb } from './dialects.ts';

const BIG = `export const kit = ${JSON.stringify('아빠랑 '.repeat(4000))};`;

describe.each(dialects())('server foundation on $name', (dialect) => {
  let tdb: TestDb;
  let app: FastifyInstance;
  let dist: string;

  beforeAll(async () => {
    tdb = await dialect.create();
    dist = mkdtempSync(join(tmpdir(), 'appa-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>아빠랑</title>');
    writeFileSync(join(dist, 'sw.js'), 'self.x=1');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    // As the build leaves them (vite.config.ts precompress): .br and .gz beside the big text files.
    writeFileSync(join(dist, 'index.html.br'), brotliCompressSync('<!doctype html><title>아빠랑</title>'));
    writeFileSync(join(dist, 'index.html.gz'), gzipSync('<!doctype html><title>아빠랑</title>'));
    writeFileSync(join(dist, 'assets', 'big-abc123.js'), BIG);
    writeFileSync(join(dist, 'assets', 'big-abc123.js.br'), brotliCompressSync(BIG));
    writeFileSync(join(dist, 'assets', 'big-abc123.js.gz'), gzipSync(BIG));
    app = await buildApp({ store: tdb.store, schemaVersion: tdb.schemaVersion, staticDir: dist, bodyLimit: 1024 });
  });
  afterAll(async () => {
    await app.close();
    await tdb.drop();
    rmSync(dist, { recursive: true, force: true });
  });

  it('reports health with the dialect and schema version', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: dialect.name, schemaVersion: SCHEMA_VERSION });
  });

  it('runs migrations once: a second run changes nothing', async () => {
    expect(await migrate(tdb.store.db)).toBe(SCHEMA_VERSION);
    const rows = await tdb.store.db.selectFrom('app_meta').selectAll().execute();
    expect(rows.map((r) => r.key)).toEqual(['created_at']);
  });

  it('answers malformed JSON with a 4xx JSON error and stays up', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/health', headers: { 'content-type': 'application/json' }, payload: '{"a":' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'malformed_json' });
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('refuses a too-large body with 413 and a message', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/health', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ x: 'y'.repeat(5000) }) });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: 'body_too_large' });
    expect(typeof res.json().message).toBe('string');
  });

  it('never answers an /api miss with the app HTML', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/nothing-here', headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
  });

  it('serves client routes with index.html, uncached', async () => {
    const res = await app.inject({ method: 'GET', url: '/coloring/n-seoul-tower', headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('아빠랑');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('sends sw.js and index.html with no-cache and hashed assets as immutable', async () => {
    expect((await app.inject({ url: '/sw.js' })).headers['cache-control']).toBe('no-cache');
    expect((await app.inject({ url: '/' })).headers['cache-control']).toBe('no-cache');
    expect((await app.inject({ url: '/assets/index-abc123.js' })).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await app.inject({ url: '/assets/missing-file.js' })).statusCode).toBe(404);
  });

  it('sends the build\'s precompressed copies as they are, cached as the files they stand for', async () => {
    const br = await app.inject({ url: '/assets/big-abc123.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['vary']).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(BIG);
    expect((await app.inject({ url: '/assets/big-abc123.js', headers: { 'accept-encoding': 'gzip' } })).headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({ url: '/assets/big-abc123.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(BIG);
    // The app shell stays uncached when it goes out precompressed, also as a client route's answer.
    for (const url of ['/', '/play/body-match/body-35']) {
      const res = await app.inject({ url, headers: { 'accept-encoding': 'br', accept: 'text/html' } });
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(brotliDecompressSync(res.rawPayload).toString(), url).toContain('아빠랑');
    }
  });

  it('sets security headers', async () => {
    const res = await app.inject({ url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('server configuration', () => {
  it('defaults to 127.0.0.1:8080 and the embedded SQLite file', () => {
    expect(readConfig({})).toMatchObject({ port: 8080, host: '127.0.0.1', databaseUrl: undefined, sqlitePath: './data/appa.sqlite' });
  });
  it('takes PORT, DATABASE_URL and APPA_DB_PATH from the environment', () => {
    expect(readConfig({ PORT: '9090', DATABASE_URL: 'postgres://a@b/c', APPA_DB_PATH: '/tmp/x.sqlite' })).toMatchObject({ port: 9090, databaseUrl: 'postgres://a@b/c', sqlitePath: '/tmp/x.sqlite' });
  });
  it('refuses a PORT that is not a port', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});

describe.each(dialects().filter((d) => d.name === 'postgres'))('PostgreSQL connection loss', (dialect) => {
  it('survives PostgreSQL ending an idle connection, and answers again', async () => {
    const tdb = await dialect.create();
    const app = await buildApp({ store: tdb.store, schemaVersion: tdb.schemaVersion });
    try {
      await tdb.store.db.selectFrom('app_meta').selectAll().execute();
      // What a PostgreSQL restart does to idle clients: the server ends them.
      const pg = await import('pg');
      const admin = new pg.default.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      const db = tdb.store.where.split('/').pop();
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [db]);
      await admin.end();
      await new Promise((r) => setTimeout(r, 200));
      const rows = await tdb.store.db.selectFrom('app_meta').selectAll().execute();
      expect(rows.length).toBe(1);
      expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
    } finally {
      await app.close();
      await tdb.drop();
    }
  });
});
