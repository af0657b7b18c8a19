/**
 * The sync protocol shared by the browser client and the server (DESIGN §6): Replicache-style push of
 * named mutations with a per-device increasing id, RxDB-style pull by one server-assigned version.
 * The JSON schemas below are what Fastify validates request bodies against; the types mirror them.
 */

/** Bumped when a request or row shape changes incompatibly; an older client gets 426 and updates. */
export const PROTOCOL_VERSION = 1;
/** Header every sync, center and hub request carries (GET requests have no body to carry it in). */
export const SCHEMA_HEADER = 'x-appa-schema-version';

/** The most mutations one push may carry; the client sends smaller batches. */
export const MAX_PUSH_BATCH = 500;
export const CLIENT_PUSH_BATCH = 500;
export const MAX_PULL_LIMIT = 1000;
export const DEFAULT_PULL_LIMIT = 500;
/** A record larger than this is refused: records are small (no images, no audio). */
export const MAX_RECORD_BYTES = 16 * 1024;

export const MUTATION_NAMES = ['put', 'delete'] as const;
export type MutationName = (typeof MUTATION_NAMES)[number];

export type SyncRecord = { id: string; centerId?: string | null; deletedAt?: string | null } & Record<string, unknown>;

export interface Mutation {
  /** Per-device increasing integer, starting at 1, no gaps. */
  id: number;
  name: MutationName;
  entity: string;
  recordId: string;
  /** The whole record as the device holds it, personal fields already encrypted. */
  record: SyncRecord;
}

export interface PushRequest {
  schemaVersion: number;
  deviceId: string;
  mutations: Mutation[];
}

export interface PushResponse {
  /** The last mutation id the server has applied for this device (after this push). */
  lastMutationId: number;
  applied: number;
  skipped: number;
  serverTime: string;
}

/** 409: the batch starts after a gap; the client resends from `expected`. */
export interface GapError {
  error: 'mutation_gap';
  message: string;
  expected: number;
}

export interface PullRequest {
  schemaVersion: number;
  /** The highest version the device has applied; 0 at first. */
  cursor: number;
  limit?: number;
  /** Leave out rows this device wrote itself (it holds them already); the cursor still moves past them. */
  excludeOwn?: boolean;
}

export interface PullRow {
  entity: string;
  id: string;
  /** Server-assigned, increasing across all rows of all centers. */
  version: number;
  deleted: boolean;
  /** Server time of the write that produced this version. */
  serverUpdatedAt: string;
  record: SyncRecord;
}

export interface PullResponse {
  rows: PullRow[];
  /** The version to send next time: the last version the server looked at (rows left out included). */
  cursor: number;
  /** True when the page was full: ask again from `cursor`. */
  more: boolean;
  /** The device's last applied mutation id, so a lost push reply still clears the outbox. */
  lastMutationId: number;
  serverTime: string;
}

export interface PairRequest {
  schemaVersion: number;
  code: string;
  label: string;
}

export interface PairResponse {
  deviceId: string;
  token: string;
  center: { id: string; nameKo: string; nameEn: string };
}

export interface MeResponse {
  deviceId: string;
  role: 'device' | 'hub';
  label: string;
  center: { id: string; nameKo: string; nameEn: string } | null;
  lastMutationId: number;
  /** Ciphertext of a fixed text under the center key: a new device checks its passphrase against it. */
  keyCheck: string | null;
}

export interface DeviceInfo {
  id: string;
  label: string;
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
  lastMutationId: number;
}

export interface RevisionInfo {
  revId: number;
  entity: string;
  id: string;
  version: number;
  deleted: boolean;
  serverUpdatedAt: string;
  replacedAt: string;
  deviceId: string | null;
  record: SyncRecord;
}

export interface HubCenter {
  id: string;
  nameKo: string;
  nameEn: string;
  programs: string[];
  participating: boolean;
  devices: number;
  lastSyncAt: string | null;
}

/** Error codes the server sends; the client translates each (sync:error.<code>). */
export const ERROR_CODES = [
  'unauthorized',
  'forbidden',
  'upgrade_required',
  'mutation_gap',
  'invalid_body',
  'malformed_json',
  'body_too_large',
  'rate_limited',
  'pairing_code_invalid',
  'center_mismatch',
  'record_too_large',
  'not_found',
  'internal',
] as const;

const id = { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' } as const;
const entity = { type: 'string', minLength: 1, maxLength: 32, pattern: '^[a-z][a-z_]*$' } as const;
const schemaVersion = { type: 'integer', minimum: 0, maximum: 1_000_000 } as const;

export const recordJsonSchema = {
  type: 'object',
  required: ['id'],
  maxProperties: 64,
  properties: { id, centerId: { type: ['string', 'null'], maxLength: 64 }, deletedAt: { type: ['string', 'null'], maxLength: 40 } },
} as const;

export const pushBodySchema = {
  type: 'object',
  required: ['schemaVersion', 'deviceId', 'mutations'],
  additionalProperties: false,
  properties: {
    schemaVersion,
    deviceId: id,
    mutations: {
      type: 'array',
      maxItems: MAX_PUSH_BATCH,
      items: {
        type: 'object',
        required: ['id', 'name', 'entity', 'recordId', 'record'],
        additionalProperties: false,
        properties: {
          id: { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
          name: { type: 'string', enum: [...MUTATION_NAMES] },
          entity,
          recordId: id,
          record: recordJsonSchema,
        },
      },
    },
  },
} as const;

export const pullBodySchema = {
  type: 'object',
  required: ['schemaVersion', 'cursor'],
  additionalProperties: false,
  properties: {
    schemaVersion,
    cursor: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
    limit: { type: 'integer', minimum: 1, maximum: MAX_PULL_LIMIT },
    excludeOwn: { type: 'boolean' },
  },
} as const;

export const pairBodySchema = {
  type: 'object',
  required: ['schemaVersion', 'code', 'label'],
  additionalProperties: false,
  properties: {
    schemaVersion,
    code: { type: 'string', minLength: 4, maxLength: 16 },
    label: { type: 'string', minLength: 1, maxLength: 60 },
  },
} as const;

export const keyCheckBodySchema = {
  type: 'object',
  required: ['schemaVersion', 'keyCheck'],
  additionalProperties: false,
  properties: { schemaVersion, keyCheck: { type: 'string', minLength: 8, maxLength: 512, pattern: '^enc:' } },
} as const;

export const emptyBodySchema = {
  type: 'object',
  required: ['schemaVersion'],
  additionalProperties: false,
  properties: { schemaVersion },
} as const;

/** Pairing codes: 8 characters without look-alikes (no 0/O, 1/I/L), shown as XXXX-XXXX. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function normalizeCode(input: string): string {
  return input.toUpperCase().replace(/[^0-9A-Z]/g, '');
}
