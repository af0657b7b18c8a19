import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type MigrationProvider } from 'kysely';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { migrations } from './migrations.ts';
import type { Database } from './schema.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface Db {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Where the data lives, without credentials, for the start-up line. */
  where: string;
  close(): Promise<void>;
}

export interface DbOptions {
  /** PostgreSQL connection string; when absent the embedded SQLite file is used. */
  databaseUrl?: string | undefined;
  /** SQLite file path, or ':memory:'. */
  sqlitePath?: string;
}

export function connect(opts: DbOptions): Db {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle connection dropped by PostgreSQL (restart, failover, admin) emits 'error' on the pool;
    // unheard, it would crash the whole server. The pool replaces the client on the next query.
    pool.on('error', (err) => console.error(`PostgreSQL connection lost (${(err as { code?: string }).code ?? err.message}); it will reconnect`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const u = new URL(opts.databaseUrl);
    return { db, dialect: 'postgres', where: `${u.hostname}:${u.port || 5432}${u.pathname}`, close: () => db.destroy() };
  }
  const path = opts.sqlitePath ?? './data/appa.sqlite';
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new BetterSqlite3(path);
  // WAL lets readers go on while a sync batch commits; NORMAL sync is durable across app crashes.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', where: path, close: () => db.destroy() };
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the database to the latest schema; throws with the failing migration's name. */
export async function migrate(db: Kysely<Database>): Promise<number> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const done = await migrator.getMigrations();
  return done.filter((m) => m.executedAt).length;
}
