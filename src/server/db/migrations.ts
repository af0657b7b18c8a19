import { sql, type Kysely, type Migration } from 'kysely';
import { DISTRICTS } from '../../shared/sync/centers.ts';

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
  // Sync (issue 7). Booleans are integers 0/1 and times ISO text, so the DDL is the same on both dialects.
  '002_sync': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('centers')
        .addColumn('id', 'varchar(16)', (c) => c.primaryKey())
        .addColumn('name_ko', 'varchar(60)', (c) => c.notNull())
        .addColumn('name_en', 'varchar(60)', (c) => c.notNull())
        .addColumn('programs', 'text', (c) => c.notNull())
        .addColumn('participating', 'integer', (c) => c.notNull())
        .addColumn('key_check', 'text')
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      const now = new Date().toISOString();
      // The district list is data of its time: frozen here, later changes come as new migrations.
      await db
        .insertInto('centers')
        .values(DISTRICTS.map((d) => ({ id: d.id, name_ko: `${d.nameKo}가족센터`, name_en: `${d.nameEn} Family Center`, programs: JSON.stringify(d.programs), participating: d.programs.length > 0 ? 1 : 0, key_check: null, created_at: now })))
        .execute();
      await db.schema
        .createTable('devices')
        .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
        .addColumn('center_id', 'varchar(16)', (c) => c.references('centers.id'))
        .addColumn('role', 'varchar(10)', (c) => c.notNull())
        .addColumn('label', 'varchar(80)', (c) => c.notNull())
        .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('last_seen_at', 'varchar(32)')
        .addColumn('revoked_at', 'varchar(32)')
        .execute();
      await db.schema.createIndex('devices_center').on('devices').column('center_id').execute();
      await db.schema
        .createTable('clients')
        .addColumn('device_id', 'varchar(40)', (c) => c.primaryKey().references('devices.id'))
        .addColumn('last_mutation_id', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('pairing_codes')
        .addColumn('code_hash', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('center_id', 'varchar(16)', (c) => c.notNull().references('centers.id'))
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('used_at', 'varchar(32)')
        .execute();
      // One global counter, updated inside each push transaction: holding its row lock until commit
      // makes versions become visible in order, so a pull cursor can never skip a late commit.
      await db.schema
        .createTable('counters')
        .addColumn('name', 'varchar(32)', (c) => c.primaryKey())
        .addColumn('value', 'bigint', (c) => c.notNull())
        .execute();
      await db.insertInto('counters').values({ name: 'version', value: 0 }).execute();
      await db.schema
        .createTable('records')
        .addColumn('center_id', 'varchar(16)', (c) => c.notNull().references('centers.id'))
        .addColumn('entity', 'varchar(32)', (c) => c.notNull())
        .addColumn('id', 'varchar(64)', (c) => c.notNull())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('deleted', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('device_id', 'varchar(40)')
        .addPrimaryKeyConstraint('records_pk', ['center_id', 'entity', 'id'])
        .execute();
      await db.schema.createIndex('records_version').on('records').column('version').unique().execute();
      await db.schema.createIndex('records_center_version').on('records').columns(['center_id', 'version']).execute();
      await db.schema
        .createTable('revisions')
        .addColumn('rev_id', 'bigint', (c) => c.primaryKey())
        .addColumn('center_id', 'varchar(16)', (c) => c.notNull())
        .addColumn('entity', 'varchar(32)', (c) => c.notNull())
        .addColumn('id', 'varchar(64)', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('deleted', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('device_id', 'varchar(40)')
        .addColumn('replaced_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('replaced_by', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('revisions_record').on('revisions').columns(['center_id', 'entity', 'id']).execute();
    },
    async down(db: Kysely<any>) {
      for (const t of ['revisions', 'records', 'counters', 'pairing_codes', 'clients', 'devices', 'centers']) await db.schema.dropTable(t).execute();
    },
  },
};

export const SCHEMA_VERSION = Object.keys(migrations).length;

/** Keeps `sql` imported for migrations that need raw DDL per dialect. */
export { sql };
