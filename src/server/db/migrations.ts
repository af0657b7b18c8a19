import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Migrations in order, frozen once released (they take `Kysely<any>`, never the current types).
 * Each one must run on both SQLite and PostgreSQL: no `serial`, no `now()`, no boolean defaults.
 * The server's schema version is the number of migrations.
 */
export const migrations: Record<string, Migration> = {
  '001_meta': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('app_meta')
        .addColumn('key', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
      await db.insertInto('app_meta').values({ key: 'created_at', value: new Date().toISOString() }).execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('app_meta').execute();
    },
  },
};

export const SCHEMA_VERSION = Object.keys(migrations).length;

/** Keeps `sql` imported for migrations that need raw DDL per dialect. */
export { sql };
