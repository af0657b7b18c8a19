import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { DialectName } from '../db/connect.ts';
import { MAX_RECORD_BYTES, type DeviceInfo, type HubCenter, type Mutation, type PullRow, type PushResponse, type RevisionInfo, type SyncRecord } from '../../shared/sync/protocol.ts';
import { hashCode, hashSecret, newDeviceId, newPairingCode, newToken } from './tokens.ts';

/** A failure the route turns into an HTTP status with a stable error code the client translates. */
export class SyncError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface Principal {
  deviceId: string;
  role: 'device' | 'hub';
  centerId: string | null;
  label: string;
  lastSeenAt: string | null;
}

type Db = Kysely<Database>;
type Tx = Transaction<Database>;

const num = (v: number | string | bigint | null | undefined): number => (v === null || v === undefined ? 0 : Number(v));
const CHUNK = 400;

function chunks<T>(xs: readonly T[], n = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/** Personal fields leave the device as `enc:` ciphertext; views that must never carry them drop them. */
export function stripCiphertext(record: SyncRecord): SyncRecord {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (!(typeof v === 'string' && v.startsWith('enc:'))) out[k] = v;
  return out as SyncRecord;
}

interface RowState {
  version: number;
  data: string;
  deleted: number;
  updated_at: string;
  device_id: string | null;
  fresh: boolean;
}

export function createSyncRepo(db: Db, dialect: DialectName) {
  /** Takes the version counter's row lock (PostgreSQL); SQLite transactions are serialized already. */
  async function lockCounter(tx: Tx): Promise<number> {
    let q = tx.selectFrom('counters').select('value').where('name', '=', 'version');
    if (dialect === 'postgres') q = q.forUpdate();
    const row = await q.executeTakeFirstOrThrow();
    return num(row.value);
  }

  async function lastMutationId(q: Db | Tx, deviceId: string): Promise<number> {
    const row = await q.selectFrom('clients').select('last_mutation_id').where('device_id', '=', deviceId).executeTakeFirst();
    return num(row?.last_mutation_id);
  }

  return {
    async authenticate(token: string): Promise<Principal | null> {
      const row = await db
        .selectFrom('devices')
        .select(['id', 'role', 'center_id', 'label', 'revoked_at', 'last_seen_at'])
        .where('token_hash', '=', hashSecret(token))
        .executeTakeFirst();
      if (!row || row.revoked_at) return null;
      return { deviceId: row.id, role: row.role, centerId: row.center_id, label: row.label, lastSeenAt: row.last_seen_at };
    },

    /** Seen-time is written at most once a minute per device: a busy sync loop is not a write loop. */
    async touch(p: Principal, now: Date): Promise<void> {
      if (p.lastSeenAt && now.getTime() - Date.parse(p.lastSeenAt) < 60_000) return;
      await db.updateTable('devices').set({ last_seen_at: now.toISOString() }).where('id', '=', p.deviceId).execute();
    },

    async center(id: string) {
      return db.selectFrom('centers').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async listCenters() {
      return db.selectFrom('centers').selectAll().orderBy('id').execute();
    },

    async createCenter(c: { id: string; nameKo: string; nameEn: string; participating: boolean }, now = new Date()): Promise<void> {
      await db
        .insertInto('centers')
        .values({ id: c.id, name_ko: c.nameKo, name_en: c.nameEn, programs: '[]', participating: c.participating ? 1 : 0, key_check: null, created_at: now.toISOString() })
        .execute();
    },

    async setKeyCheck(centerId: string, keyCheck: string): Promise<string> {
      // Set once: the first paired device fixes the check; later devices compare against it.
      await db.updateTable('centers').set({ key_check: keyCheck }).where('id', '=', centerId).where('key_check', 'is', null).execute();
      const row = await db.selectFrom('centers').select('key_check').where('id', '=', centerId).executeTakeFirstOrThrow();
      return row.key_check ?? keyCheck;
    },

    async issuePairingCode(centerId: string, minutes = 30, now = new Date()): Promise<{ code: string; expiresAt: string }> {
      if (!(await this.center(centerId))) throw new SyncError(404, 'not_found', `No center "${centerId}"`);
      const code = newPairingCode();
      const expiresAt = new Date(now.getTime() + minutes * 60_000).toISOString();
      await db.insertInto('pairing_codes').values({ code_hash: hashCode(code), center_id: centerId, created_at: now.toISOString(), expires_at: expiresAt, used_at: null }).execute();
      return { code, expiresAt };
    },

    /** Single use and short-lived: the code is spent in the same transaction that creates the device. */
    async pair(code: string, label: string, now = new Date()) {
      return db.transaction().execute(async (tx) => {
        const row = await tx.selectFrom('pairing_codes').selectAll().where('code_hash', '=', hashCode(code)).executeTakeFirst();
        if (!row || row.used_at || row.expires_at <= now.toISOString()) {
          throw new SyncError(403, 'pairing_code_invalid', 'The pairing code is unknown, used or expired');
        }
        const spent = await tx.updateTable('pairing_codes').set({ used_at: now.toISOString() }).where('code_hash', '=', row.code_hash).where('used_at', 'is', null).executeTakeFirst();
        if (Number(spent.numUpdatedRows) !== 1) throw new SyncError(403, 'pairing_code_invalid', 'The pairing code was just used');
        const token = newToken();
        const deviceId = newDeviceId('dev');
        await tx.insertInto('devices').values({ id: deviceId, center_id: row.center_id, role: 'device', label, token_hash: hashSecret(token), created_at: now.toISOString(), last_seen_at: null, revoked_at: null }).execute();
        await tx.insertInto('clients').values({ device_id: deviceId, last_mutation_id: 0, updated_at: now.toISOString() }).execute();
        const center = await tx.selectFrom('centers').selectAll().where('id', '=', row.center_id).executeTakeFirstOrThrow();
        return { deviceId, token, center: { id: center.id, nameKo: center.name_ko, nameEn: center.name_en } };
      });
    },

    async createHubToken(label: string, now = new Date()): Promise<{ deviceId: string; token: string }> {
      const token = newToken();
      const deviceId = newDeviceId('hub');
      await db.insertInto('devices').values({ id: deviceId, center_id: null, role: 'hub', label, token_hash: hashSecret(token), created_at: now.toISOString(), last_seen_at: null, revoked_at: null }).execute();
      return { deviceId, token };
    },

    async listDevices(centerId?: string): Promise<Array<DeviceInfo & { centerId: string | null; role: string }>> {
      let q = db
        .selectFrom('devices')
        .leftJoin('clients', 'clients.device_id', 'devices.id')
        .select(['devices.id', 'devices.center_id', 'devices.role', 'devices.label', 'devices.created_at', 'devices.last_seen_at', 'devices.revoked_at', 'clients.last_mutation_id'])
        .orderBy('devices.created_at');
      if (centerId !== undefined) q = q.where('devices.center_id', '=', centerId);
      const rows = await q.execute();
      return rows.map((r) => ({ id: r.id, centerId: r.center_id, role: r.role, label: r.label, createdAt: r.created_at, lastSeenAt: r.last_seen_at, revokedAt: r.revoked_at, lastMutationId: num(r.last_mutation_id) }));
    },

    /** Revokes a device; with `centerId`, only one of that center's (a center cannot touch another's). */
    async revoke(deviceId: string, centerId?: string, now = new Date()): Promise<boolean> {
      let q = db.updateTable('devices').set({ revoked_at: now.toISOString() }).where('id', '=', deviceId).where('revoked_at', 'is', null);
      if (centerId !== undefined) q = q.where('center_id', '=', centerId);
      const r = await q.executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    lastMutationId: (deviceId: string) => lastMutationId(db, deviceId),

    /**
     * Applies a batch in ONE transaction with the device's last mutation id: ids already applied are
     * skipped, a gap refuses the whole batch (409 + the expected id), and every overwritten row version
     * moves to `revisions`. The later write by server order wins; nothing is thrown away.
     */
    async push(p: Principal, mutations: Mutation[], now = new Date()): Promise<PushResponse> {
      const centerId = p.centerId;
      if (p.role !== 'device' || !centerId) throw new SyncError(403, 'forbidden', 'Only a center device may push');
      const sorted = [...mutations].sort((a, b) => a.id - b.id);
      for (const m of sorted) {
        if (m.record.id !== m.recordId) throw new SyncError(400, 'invalid_body', `Mutation ${m.id}: record.id differs from recordId`);
      }
      const serverTime = now.toISOString();
      return db.transaction().execute(async (tx) => {
        let version = await lockCounter(tx);
        const last = await lastMutationId(tx, p.deviceId);
        let expected = last + 1;
        const todo: Mutation[] = [];
        let skipped = 0;
        for (const m of sorted) {
          if (m.id < expected) {
            skipped++;
            continue;
          }
          if (m.id > expected) throw new SyncError(409, 'mutation_gap', `Expected mutation ${expected}, got ${m.id}`, { expected });
          todo.push(m);
          expected++;
        }
        if (todo.length === 0) return { lastMutationId: last, applied: 0, skipped, serverTime };

        const state = new Map<string, RowState>();
        // Looked up by the whole primary key (center, entity, id), so the cost does not grow with the table.
        const byEntity = new Map<string, Set<string>>();
        for (const m of todo) {
          let ids = byEntity.get(m.entity);
          if (!ids) byEntity.set(m.entity, (ids = new Set()));
          ids.add(m.recordId);
        }
        for (const [entity, idSet] of byEntity) {
          for (const ids of chunks([...idSet])) {
            const rows = await tx.selectFrom('records').select(['id', 'version', 'data', 'deleted', 'updated_at', 'device_id']).where('center_id', '=', centerId).where('entity', '=', entity).where('id', 'in', ids).execute();
            for (const r of rows) state.set(`${entity}\u0000${r.id}`, { version: num(r.version), data: r.data, deleted: r.deleted, updated_at: r.updated_at, device_id: r.device_id, fresh: false });
          }
        }
        const revisions: Database['revisions'][] = [];
        for (const m of todo) {
          const deleted = m.name === 'delete';
          // The partition is the token's center, whatever the record says: a device cannot write elsewhere.
          // The record's own centerId (a local center record's id) is the device's business and kept as sent.
          const record: SyncRecord = { ...m.record };
          if (deleted && !record.deletedAt) record.deletedAt = serverTime;
          const data = JSON.stringify(record);
          if (data.length > MAX_RECORD_BYTES) throw new SyncError(413, 'record_too_large', `Mutation ${m.id}: record over ${MAX_RECORD_BYTES} bytes`);
          version++;
          const key = `${m.entity}\u0000${m.recordId}`;
          const prev = state.get(key);
          if (prev) {
            revisions.push({ rev_id: prev.version, center_id: centerId, entity: m.entity, id: m.recordId, data: prev.data, deleted: prev.deleted, updated_at: prev.updated_at, device_id: prev.device_id, replaced_at: serverTime, replaced_by: version });
          }
          state.set(key, { version, data, deleted: deleted ? 1 : 0, updated_at: serverTime, device_id: p.deviceId, fresh: true });
        }
        for (const part of chunks(revisions, 200)) await tx.insertInto('revisions').values(part).execute();
        const rows = [...state.entries()]
          .filter(([, s]) => s.fresh)
          .map(([key, s]) => {
            const [entity = '', id = ''] = key.split('\u0000');
            return { center_id: centerId, entity, id, version: s.version, data: s.data, deleted: s.deleted, updated_at: s.updated_at, device_id: s.device_id };
          });
        for (const part of chunks(rows, 200)) {
          await tx
            .insertInto('records')
            .values(part)
            .onConflict((oc) =>
              oc.columns(['center_id', 'entity', 'id']).doUpdateSet((eb) => ({
                version: eb.ref('excluded.version'),
                data: eb.ref('excluded.data'),
                deleted: eb.ref('excluded.deleted'),
                updated_at: eb.ref('excluded.updated_at'),
                device_id: eb.ref('excluded.device_id'),
              })),
            )
            .execute();
        }
        await tx.updateTable('counters').set({ value: version }).where('name', '=', 'version').execute();
        const newLast = expected - 1;
        await tx
          .insertInto('clients')
          .values({ device_id: p.deviceId, last_mutation_id: newLast, updated_at: serverTime })
          .onConflict((oc) => oc.column('device_id').doUpdateSet({ last_mutation_id: newLast, updated_at: serverTime }))
          .execute();
        return { lastMutationId: newLast, applied: todo.length, skipped, serverTime };
      });
    },

    /**
     * Rows after the cursor in version order; `centerId` null reads every center (the hub). With
     * `exceptDevice`, that device's own writes are left out of `rows` but still counted in `scannedTo`,
     * so its cursor moves past them and they are never scanned again.
     */
    async pull(centerId: string | null, cursor: number, limit: number, exceptDevice?: string): Promise<{ rows: Array<PullRow & { centerId: string }>; scannedTo: number; more: boolean }> {
      let q = db.selectFrom('records').selectAll().where('version', '>', cursor).orderBy('version').limit(limit);
      if (centerId !== null) q = q.where('center_id', '=', centerId);
      const scanned = await q.execute();
      // Filtered before parsing: a device catching up past its own 10,000 rows parses none of them.
      const rows = scanned
        .filter((r) => exceptDevice === undefined || r.device_id !== exceptDevice)
        .map((r) => ({ centerId: r.center_id, entity: r.entity, id: r.id, version: num(r.version), deleted: r.deleted === 1, serverUpdatedAt: r.updated_at, record: JSON.parse(r.data) as SyncRecord }));
      const last = scanned.at(-1);
      return { rows, scannedTo: last ? num(last.version) : cursor, more: scanned.length === limit };
    },

    async revisions(centerId: string, filter: { entity?: string | undefined; id?: string | undefined }, limit = 200): Promise<RevisionInfo[]> {
      let q = db.selectFrom('revisions').selectAll().where('center_id', '=', centerId).orderBy('rev_id', 'desc').limit(limit);
      if (filter.entity) q = q.where('entity', '=', filter.entity);
      if (filter.id) q = q.where('id', '=', filter.id);
      const rows = await q.execute();
      return rows.map((r) => ({ revId: num(r.rev_id), entity: r.entity, id: r.id, version: num(r.rev_id), deleted: r.deleted === 1, serverUpdatedAt: r.updated_at, replacedAt: r.replaced_at, deviceId: r.device_id, record: JSON.parse(r.data) as SyncRecord }));
    },

    /** Restoring writes the old data as a NEW version (so every device pulls it); the current one becomes a revision. */
    async restore(p: Principal, revId: number, now = new Date()): Promise<{ version: number }> {
      const centerId = p.centerId;
      if (!centerId) throw new SyncError(403, 'forbidden', 'Only a center device may restore');
      const serverTime = now.toISOString();
      return db.transaction().execute(async (tx) => {
        let version = await lockCounter(tx);
        const rev = await tx.selectFrom('revisions').selectAll().where('rev_id', '=', revId).where('center_id', '=', centerId).executeTakeFirst();
        if (!rev) throw new SyncError(404, 'not_found', 'No such revision in this center');
        const cur = await tx.selectFrom('records').selectAll().where('center_id', '=', centerId).where('entity', '=', rev.entity).where('id', '=', rev.id).executeTakeFirstOrThrow();
        version++;
        await tx.insertInto('revisions').values({ rev_id: num(cur.version), center_id: centerId, entity: cur.entity, id: cur.id, data: cur.data, deleted: cur.deleted, updated_at: cur.updated_at, device_id: cur.device_id, replaced_at: serverTime, replaced_by: version }).execute();
        await tx
          .updateTable('records')
          // No device: every device, the restorer included, pulls the restored version.
          .set({ version, data: rev.data, deleted: rev.deleted, updated_at: serverTime, device_id: null })
          .where('center_id', '=', centerId)
          .where('entity', '=', rev.entity)
          .where('id', '=', rev.id)
          .execute();
        await tx.updateTable('counters').set({ value: version }).where('name', '=', 'version').execute();
        return { version };
      });
    },

    async hubCenters(): Promise<HubCenter[]> {
      const centers = await db.selectFrom('centers').selectAll().orderBy('id').execute();
      const devs = await db
        .selectFrom('devices')
        .leftJoin('clients', 'clients.device_id', 'devices.id')
        .select(['devices.center_id', 'devices.last_seen_at', 'devices.revoked_at', 'clients.updated_at'])
        .where('devices.role', '=', 'device')
        .execute();
      return centers.map((c) => {
        const mine = devs.filter((d) => d.center_id === c.id && !d.revoked_at);
        const times = mine.flatMap((d) => [d.last_seen_at, d.updated_at]).filter((x): x is string => Boolean(x)).sort();
        return { id: c.id, nameKo: c.name_ko, nameEn: c.name_en, programs: JSON.parse(c.programs) as string[], participating: c.participating === 1, devices: mine.length, lastSyncAt: times.at(-1) ?? null };
      });
    },
  };
}

export type SyncRepo = ReturnType<typeof createSyncRepo>;
