import { buildApp } from './app.ts';
import { readConfig } from './config.ts';
import { connect, migrate } from './db/connect.ts';

/** `npm start`: one process serving the PWA and the API on one port. */
async function main(): Promise<void> {
  const cfg = readConfig();
  const store = connect({ databaseUrl: cfg.databaseUrl, sqlitePath: cfg.sqlitePath });
  const schemaVersion = await migrate(store.db);
  const app = await buildApp({
    store,
    schemaVersion,
    staticDir: cfg.staticDir,
    logger: {
      level: cfg.logLevel,
      // Logs carry method, path and status only: no bodies, no headers, nothing personal.
      serializers: { req: (r: { method: string; url: string }) => ({ method: r.method, url: r.url.split('?')[0] }) },
    },
  });

  let closing = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  try {
    await app.listen({ port: cfg.port, host: cfg.host });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      console.error(`Port ${cfg.port} is already in use. Start on another port with: PORT=8081 npm start`);
    } else if (code === 'EACCES') {
      console.error(`Port ${cfg.port} needs more rights. Choose a port above 1024, e.g. PORT=8081 npm start`);
    } else {
      console.error(`The server could not start: ${(err as Error).message}`);
    }
    await store.close();
    process.exit(1);
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : cfg.port;
  const shownHost = cfg.host === '0.0.0.0' || cfg.host === '::' ? '127.0.0.1' : cfg.host;
  console.log(`\n  아빠랑 is running at http://${shownHost}:${port}/`);
  console.log(`  database: ${store.dialect === 'sqlite' ? 'SQLite (embedded)' : 'PostgreSQL'} — ${store.where}, schema version ${schemaVersion}\n`);
}

void main().catch((err: unknown) => {
  console.error(`The server could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
