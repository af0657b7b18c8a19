/** Table types for Kysely. Migrations do not use these (they are frozen in time). */
export interface AppMetaTable {
  key: string;
  value: string;
}

/** BIGINT columns come back from pg as strings and from SQLite as numbers: read them through Number(). */
type BigIntCol = number | string | bigint;

export interface CentersTable {
  id: string;
  name_ko: string;
  name_en: string;
  /** JSON array of program tags. */
  programs: string;
  participating: number;
  key_check: string | null;
  created_at: string;
}

export interface DevicesTable {
  id: string;
  center_id: string | null;
  role: 'device' | 'hub';
  label: string;
  token_hash: string;
  created_at: string;
  last_seen_at: string | null;
  revoked_at: string | null;
}

export interface ClientsTable {
  device_id: string;
  last_mutation_id: BigIntCol;
  updated_at: string;
}

export interface PairingCodesTable {
  code_hash: string;
  center_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface CountersTable {
  name: string;
  value: BigIntCol;
}

export interface RecordsTable {
  center_id: string;
  entity: string;
  id: string;
  version: BigIntCol;
  /** The record as JSON; personal fields are device-encrypted ciphertext. */
  data: string;
  deleted: number;
  updated_at: string;
  device_id: string | null;
}

export interface RevisionsTable {
  /** The overwritten row's version (unique, since every version is written once). */
  rev_id: BigIntCol;
  center_id: string;
  entity: string;
  id: string;
  data: string;
  deleted: number;
  updated_at: string;
  device_id: string | null;
  replaced_at: string;
  replaced_by: BigIntCol;
}

export interface Database {
  app_meta: AppMetaTable;
  centers: CentersTable;
  devices: DevicesTable;
  clients: ClientsTable;
  pairing_codes: PairingCodesTable;
  counters: CountersTable;
  records: RecordsTable;
  revisions: RevisionsTable;
}
