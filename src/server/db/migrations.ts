import { sql, type Kysely, type Migration } from 'kysely';

/** The 25 districts as of 2023 (content brief §1.1–1.2): id, name, English name, father programs run there. Frozen. */
const DISTRICTS_2023: Array<[string, string, string, string[]]> = [
  ['GN', '강남구', 'Gangnam-gu', ['appa-master-2023', 'aja-2023']],
  ['GD', '강동구', 'Gangdong-gu', ['appa-master-2023', 'aja-2023']],
  ['GB', '강북구', 'Gangbuk-gu', ['appa-master-2023', 'aja-2023']],
  ['GS', '강서구', 'Gangseo-gu', []],
  ['GA', '관악구', 'Gwanak-gu', []],
  ['GJ', '광진구', 'Gwangjin-gu', ['appa-master-2023', 'aja-2023']],
  ['GR', '구로구', 'Guro-gu', ['aja-2023']],
  ['GC', '금천구', 'Geumcheon-gu', ['aja-2023']],
  ['NW', '노원구', 'Nowon-gu', ['appa-master-2023', 'aja-2023']],
  ['DB', '도봉구', 'Dobong-gu', ['aja-2023']],
  ['DM', '동대문구', 'Dongdaemun-gu', ['appa-master-2023']],
  ['DJ', '동작구', 'Dongjak-gu', []],
  ['MP', '마포구', 'Mapo-gu', ['appa-master-2023']],
  ['SM', '서대문구', 'Seodaemun-gu', []],
  ['SC', '서초구', 'Seocho-gu', ['appa-master-2023', 'aja-2023']],
  ['SD', '성동구', 'Seongdong-gu', []],
  ['SB', '성북구', 'Seongbuk-gu', []],
  ['SP', '송파구', 'Songpa-gu', ['aja-2023']],
  ['YC', '양천구', 'Yangcheon-gu', []],
  ['YD', '영등포구', 'Yeongdeungpo-gu', ['appa-master-2023', 'aja-2023']],
  ['YS', '용산구', 'Yongsan-gu', ['appa-master-2023']],
  ['EP', '은평구', 'Eunpyeong-gu', ['appa-master-2023']],
  ['JN', '종로구', 'Jongno-gu', ['appa-master-2023']],
  ['JG', '중구', 'Jung-gu', []],
  ['JR', '중랑구', 'Jungnang-gu', ['aja-2023']],
];

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
      // The district list is data of its time: frozen above, later changes come as new migrations.
      await db
        .insertInto('centers')
        .values(DISTRICTS_2023.map(([id, ko, en, programs]) => ({ id, name_ko: `${ko}가족센터`, name_en: `${en} Family Center`, programs: JSON.stringify(programs), participating: programs.length > 0 ? 1 : 0, key_check: null, created_at: now })))
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
