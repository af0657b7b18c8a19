import pg from 'pg';
import { connect, migrate, type Db } from '../../src/server/db/connect.ts';

export interface TestDb {
  store: Db;
  schemaVersion: number;
  /** PostgreSQL only: the fresh database's URL, for a second process (a restarted server) to open. */
  url?: string;
  drop(): Promise<void>;
}

export interface Dialect {
  name: 'sqlite' | 'postgres';
  create(): Promise<TestDb>;
}

const PG_URL = process.env.TEST_DATABASE_URL;

/**
 * The dialects every server test runs on. PostgreSQL needs TEST_DATABASE_URL (a role that may create
 * databases); each test database is fresh and dropped afterwards. In CI its absence is an error,
 * so the PostgreSQL path can never be skipped silently there.
 */
export function dialects(): Dialect[] {
  const list: Dialect[] = [
    {
      name: 'sqlite',
      async create() {
        const store = connect({ sqlitePath: ':memory:' });
        const schemaVersion = await migrate(store.db);
        return { store, schemaVersion, drop: () => store.close() };
      },
    },
  ];
  if (PG_URL) {
    list.push({
      name: 'postgres',
      async create() {
        const name = `appa_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
        const admin = new pg.Client({ connectionString: PG_URL });
        await admin.connect();
        await admin.query(`CREATE DATABASE ${name}`);
        await admin.end();
        const url = new URL(PG_URL);
        url.pathname = `/${name}`;
        const store = connect({ databaseUrl: url.toString() });
        const schemaVersion = await migrate(store.db);
        return {
          store,
          schemaVersion,
          url: url.toString(),
          async drop() {
            await store.close();
            const c = new pg.Client({ connectionString: PG_URL });
            await c.connect();
            await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            await c.end();
          },
        };
      },
    });
  } else if (process.env.CI) {
    throw new Error('TEST_DATABASE_URL is not set: CI must test the PostgreSQL path (see .ci/run)');
  } else {
    console.warn('TEST_DATABASE_URL not set: server tests run on SQLite only (CI runs both).');
  }
  return list;
}
