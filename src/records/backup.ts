import { z } from 'zod';
import { ENTITY_NAMES, ENTITY_SCHEMAS, RECORDS_SCHEMA_VERSION, type BaseRecord, type EntityName } from '../shared/records/schema.ts';
import { fieldPath } from '../content/problems.ts';
import { migrateRecord } from './migrations.ts';
import { getMeta, listRecords, mergeRecords, setMeta } from './store.ts';
import { open, seal, sha256Hex, type Sealed } from './backup-crypto.ts';

/**
 * One backup file holds every record of the device (tombstones too, so a restore cannot bring a
 * deleted family back). Plain files carry a SHA-256 of their records; encrypted ones rely on AES-GCM.
 * Import checks everything — format, version, integrity, every record — before writing anything.
 */
export const BACKUP_FORMAT = 'appa-records-backup';
const FILE_VERSION = 1;

export type BackupRecords = Record<EntityName, BaseRecord[]>;

interface PlainFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  schemaVersion: number;
  createdAt: string;
  encrypted: false;
  sha256: string;
  records: Record<string, unknown[]>;
}

const envelope = z.object({ format: z.literal(BACKUP_FORMAT), version: z.number().int(), encrypted: z.boolean() });
const plainSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  schemaVersion: z.number().int().min(1),
  createdAt: z.string(),
  encrypted: z.literal(false),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  records: z.record(z.string(), z.array(z.unknown())),
});
const sealedSchema = z.object({
  encrypted: z.literal(true),
  kdf: z.object({ name: z.literal('PBKDF2'), hash: z.literal('SHA-256'), iterations: z.number().int().min(100_000).max(10_000_000), salt: z.string() }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: z.string() }),
  data: z.string(),
});

export type BackupProblem = 'not-backup' | 'newer-version' | 'needs-passphrase' | 'wrong-passphrase' | 'integrity' | 'invalid-record';

/** Why a file was refused; `i18nKey` is the translated message, `detail` names the record and field. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(
    readonly problem: BackupProblem,
    readonly detail = '',
  ) {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
  }
  get i18nKey(): string {
    return `records:backup.errors.${this.problem}`;
  }
}

function canonical(records: Record<string, unknown[]>): string {
  return JSON.stringify(ENTITY_NAMES.map((e) => [e, records[e] ?? []]));
}

export async function collectRecords(): Promise<BackupRecords> {
  const lists = await Promise.all(ENTITY_NAMES.map((e) => listRecords(e, { includeDeleted: true })));
  return Object.fromEntries(ENTITY_NAMES.map((e, i) => [e, lists[i] as BaseRecord[]])) as BackupRecords;
}

/** The backup file's text; with a passphrase the whole content is encrypted. */
export async function makeBackup(records: BackupRecords, passphrase = '', now = new Date()): Promise<string> {
  const plain: PlainFile = {
    format: BACKUP_FORMAT,
    version: FILE_VERSION,
    schemaVersion: RECORDS_SCHEMA_VERSION,
    createdAt: now.toISOString(),
    encrypted: false,
    sha256: await sha256Hex(canonical(records)),
    records,
  };
  const text = JSON.stringify(plain);
  if (!passphrase) return text;
  const sealed: Sealed = await seal(text, passphrase);
  return JSON.stringify({ format: BACKUP_FORMAT, version: FILE_VERSION, encrypted: true, ...sealed });
}

export async function exportBackup(passphrase = ''): Promise<{ text: string; count: number; fileName: string }> {
  const records = await collectRecords();
  const now = new Date();
  const text = await makeBackup(records, passphrase, now);
  await setMeta('lastBackupAt', now.toISOString());
  const count = ENTITY_NAMES.reduce((n, e) => n + records[e].length, 0);
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return { text, count, fileName: `appa-records-${stamp}${passphrase ? '-encrypted' : ''}.json` };
}

/** Whether a file is encrypted, so the screen can ask for the passphrase first. */
export function isEncrypted(text: string): boolean {
  try {
    return envelope.parse(JSON.parse(text)).encrypted;
  } catch {
    return false;
  }
}

/** Reads and checks a backup file completely; throws BackupError and touches nothing on any problem. */
export async function readBackup(text: string, passphrase = ''): Promise<{ records: BackupRecords; createdAt: string }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupError('not-backup', 'not JSON');
  }
  const env = envelope.safeParse(json);
  if (!env.success) throw new BackupError('not-backup');
  if (env.data.version > FILE_VERSION) throw new BackupError('newer-version');
  if (env.data.encrypted) {
    const sealed = sealedSchema.safeParse(json);
    if (!sealed.success) throw new BackupError('integrity', 'encryption header');
    if (!passphrase) throw new BackupError('needs-passphrase');
    try {
      json = JSON.parse(await open(sealed.data as Sealed, passphrase));
    } catch {
      throw new BackupError('wrong-passphrase');
    }
  }
  const plain = plainSchema.safeParse(json);
  if (!plain.success) throw new BackupError('integrity', fieldPath(plain.error.issues[0]?.path ?? []));
  const file = plain.data;
  if (file.schemaVersion > RECORDS_SCHEMA_VERSION) throw new BackupError('newer-version');
  if ((await sha256Hex(canonical(file.records))) !== file.sha256) throw new BackupError('integrity', 'checksum');
  const out = {} as BackupRecords;
  for (const entity of ENTITY_NAMES) {
    const rows = file.records[entity] ?? [];
    out[entity] = rows.map((raw, i) => {
      const migrated = raw && typeof raw === 'object' ? migrateRecord(entity, raw as Record<string, unknown>, file.schemaVersion) : raw;
      const r = ENTITY_SCHEMAS[entity].safeParse(migrated);
      if (!r.success) throw new BackupError('invalid-record', `${entity}[${i}].${fieldPath(r.error.issues[0]?.path ?? [])}`);
      return r.data;
    });
  }
  return { records: out, createdAt: file.createdAt };
}

/** Merges a checked backup into the store (newer wins, tombstones stay); returns how many records changed. */
export async function importBackup(text: string, passphrase = ''): Promise<{ written: number; total: number }> {
  const { records } = await readBackup(text, passphrase);
  let written = 0;
  let total = 0;
  for (const entity of ENTITY_NAMES) {
    total += records[entity].length;
    written += await mergeRecords(entity, records[entity] as never);
  }
  return { written, total };
}

const WEEK_MS = 7 * 24 * 3600_000;

export interface SafetyStatus {
  lastBackupAt: string | null;
  lastSyncAt: string | null;
  /** Records changed since the last backup or sync, and that was more than a week ago (or never). */
  stale: boolean;
  unsaved: number;
}

/**
 * Safari may erase a site's storage after seven days without a visit; a week-old backup or sync is
 * the last copy that is sure to exist. Sync calls `markSynced()` after a completed round.
 */
export async function safetyStatus(now = Date.now()): Promise<SafetyStatus> {
  const [lastBackupAt, lastSyncAt] = await Promise.all([getMeta<string>('lastBackupAt'), getMeta<string>('lastSyncAt')]);
  const last = [lastBackupAt, lastSyncAt].filter((x): x is string => Boolean(x)).sort().pop() ?? null;
  let unsaved = 0;
  let oldestUnsaved: string | null = null;
  for (const e of ENTITY_NAMES) {
    for (const r of await listRecords(e, { includeDeleted: true })) {
      if (last && r.updatedAt <= last) continue;
      unsaved++;
      if (!oldestUnsaved || r.updatedAt < oldestUnsaved) oldestUnsaved = r.updatedAt;
    }
  }
  const since = last ?? oldestUnsaved;
  return { lastBackupAt, lastSyncAt, unsaved, stale: unsaved > 0 && since !== null && now - Date.parse(since) > WEEK_MS };
}

export async function markSynced(at = new Date().toISOString()): Promise<void> {
  await setMeta('lastSyncAt', at);
}
