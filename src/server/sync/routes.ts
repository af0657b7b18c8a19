import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  DEFAULT_PULL_LIMIT,
  PROTOCOL_VERSION,
  SCHEMA_HEADER,
  emptyBodySchema,
  keyCheckBodySchema,
  pairBodySchema,
  pullBodySchema,
  pushBodySchema,
  type MeResponse,
  type PairRequest,
  type PullRequest,
  type PullResponse,
  type PushRequest,
} from '../../shared/sync/protocol.ts';
import { SyncError, createSyncRepo, stripCiphertext, type Principal } from './repo.ts';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

type Need = 'none' | 'device' | 'hub' | 'any';

/** The schema version a request claims: the body's field for POSTs, else the header. */
function claimedVersion(req: FastifyRequest): number {
  const body = req.body as { schemaVersion?: unknown } | undefined;
  if (body && typeof body === 'object' && typeof body.schemaVersion === 'number') return body.schemaVersion;
  const h = req.headers[SCHEMA_HEADER];
  const n = Number(Array.isArray(h) ? h[0] : h);
  return Number.isFinite(n) ? n : 0;
}

function bearer(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  if (!h || !h.startsWith('Bearer ')) return null;
  const t = h.slice(7).trim();
  return t.length >= 16 && t.length <= 128 ? t : null;
}

/**
 * Sync, center and hub routes. Each route declares who may call it; the guard runs before body
 * validation, so an outdated client hears 426 (not a schema error) and a stranger learns nothing.
 */
export async function syncRoutes(app: FastifyInstance): Promise<void> {
  const repo = createSyncRepo(app.store.db, app.store.dialect);
  app.decorateRequest('principal', null);

  const guard = (need: Need) => async (req: FastifyRequest, reply: FastifyReply) => {
    const v = claimedVersion(req);
    if (v < PROTOCOL_VERSION) {
      return reply.code(426).send({ error: 'upgrade_required', message: `Protocol ${PROTOCOL_VERSION} required; this app speaks ${v}`, required: PROTOCOL_VERSION });
    }
    if (v > PROTOCOL_VERSION) return reply.code(400).send({ error: 'server_outdated', message: `This server speaks protocol ${PROTOCOL_VERSION}` });
    if (need === 'none') return;
    const token = bearer(req);
    const p = token ? await repo.authenticate(token) : null;
    if (!p) return reply.code(401).send({ error: 'unauthorized', message: 'Missing, unknown or revoked device token' });
    if ((need === 'device' && (p.role !== 'device' || !p.centerId)) || (need === 'hub' && p.role !== 'hub')) {
      return reply.code(403).send({ error: 'forbidden', message: 'This token may not use this route' });
    }
    req.principal = p;
    await repo.touch(p, new Date());
  };
  const who = (req: FastifyRequest): Principal => {
    if (!req.principal) throw new SyncError(401, 'unauthorized', 'No principal');
    return req.principal;
  };

  app.setErrorHandler((err, _req, reply) => {
    if (err instanceof SyncError) return reply.code(err.status).send({ error: err.code, message: err.message, ...err.extra });
    // Everything else goes to the foundation's handler (validation, body size, malformed JSON, 5xx).
    throw err;
  });

  app.post<{ Body: PairRequest }>('/api/sync/pair', {
    schema: { body: pairBodySchema },
    preValidation: guard('none'),
    // Codes are 8 characters from 31: a tight per-address limit makes guessing hopeless.
    config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
  }, async (req) => {
    const res = await repo.pair(req.body.code, req.body.label.trim() || 'device');
    req.log.info({ deviceId: res.deviceId, center: res.center.id }, 'device paired');
    return res;
  });

  app.get('/api/sync/me', { preValidation: guard('any') }, async (req): Promise<MeResponse> => {
    const p = who(req);
    const c = p.centerId ? await repo.center(p.centerId) : undefined;
    return {
      deviceId: p.deviceId,
      role: p.role,
      label: p.label,
      center: c ? { id: c.id, nameKo: c.name_ko, nameEn: c.name_en } : null,
      lastMutationId: await repo.lastMutationId(p.deviceId),
      keyCheck: c?.key_check ?? null,
    };
  });

  app.put<{ Body: { keyCheck: string } }>('/api/sync/key-check', { schema: { body: keyCheckBodySchema }, preValidation: guard('device') }, async (req) => {
    const p = who(req);
    return { keyCheck: await repo.setKeyCheck(p.centerId as string, req.body.keyCheck) };
  });

  app.post<{ Body: PushRequest }>('/api/sync/push', { schema: { body: pushBodySchema }, preValidation: guard('device') }, async (req) => {
    const p = who(req);
    if (req.body.deviceId !== p.deviceId) throw new SyncError(403, 'forbidden', 'deviceId does not match the token');
    const res = await repo.push(p, req.body.mutations);
    req.log.info({ deviceId: p.deviceId, center: p.centerId, applied: res.applied, skipped: res.skipped, last: res.lastMutationId }, 'push');
    return res;
  });

  app.post<{ Body: PullRequest }>('/api/sync/pull', { schema: { body: pullBodySchema }, preValidation: guard('device') }, async (req): Promise<PullResponse> => {
    const p = who(req);
    const page = await repo.pull(p.centerId, req.body.cursor, req.body.limit ?? DEFAULT_PULL_LIMIT, req.body.excludeOwn ? p.deviceId : undefined);
    return {
      rows: page.rows.map(({ centerId: _c, ...r }) => r),
      cursor: page.scannedTo,
      more: page.more,
      lastMutationId: await repo.lastMutationId(p.deviceId),
      serverTime: new Date().toISOString(),
    };
  });

  // The center's own office view: its devices, their last sync, revoking a lost tablet, revisions.
  app.get('/api/center/devices', { preValidation: guard('device') }, async (req) => {
    const p = who(req);
    const devices = await repo.listDevices(p.centerId as string);
    return { devices: devices.map(({ centerId: _c, role: _r, ...d }) => ({ ...d, self: d.id === p.deviceId })) };
  });

  app.post<{ Params: { deviceId: string }; Body: { schemaVersion: number } }>('/api/center/devices/:deviceId/revoke', {
    schema: { body: emptyBodySchema, params: { type: 'object', properties: { deviceId: { type: 'string', maxLength: 64 } } } },
    preValidation: guard('device'),
  }, async (req) => {
    const p = who(req);
    if (!(await repo.revoke(req.params.deviceId, p.centerId as string))) throw new SyncError(404, 'not_found', 'No such active device in this center');
    return { revoked: req.params.deviceId };
  });

  app.get<{ Querystring: { entity?: string; id?: string } }>('/api/center/revisions', {
    schema: { querystring: { type: 'object', additionalProperties: false, properties: { entity: { type: 'string', maxLength: 32 }, id: { type: 'string', maxLength: 64 } } } },
    preValidation: guard('device'),
  }, async (req) => {
    const p = who(req);
    return { revisions: await repo.revisions(p.centerId as string, { entity: req.query.entity, id: req.query.id }) };
  });

  app.post<{ Params: { revId: string }; Body: { schemaVersion: number } }>('/api/center/revisions/:revId/restore', {
    schema: { body: emptyBodySchema, params: { type: 'object', properties: { revId: { type: 'string', pattern: '^[0-9]{1,15}$' } } } },
    preValidation: guard('device'),
  }, async (req) => repo.restore(who(req), Number(req.params.revId)));

  // The city hub: every center side by side, never a personal field (ciphertext is dropped, not passed on).
  app.get('/api/hub/centers', { preValidation: guard('hub') }, async () => ({ centers: await repo.hubCenters() }));

  app.post<{ Body: PullRequest }>('/api/hub/pull', { schema: { body: pullBodySchema }, preValidation: guard('hub') }, async (req) => {
    const page = await repo.pull(null, req.body.cursor, req.body.limit ?? DEFAULT_PULL_LIMIT);
    return { rows: page.rows.map((r) => ({ ...r, record: stripCiphertext(r.record) })), cursor: page.scannedTo, more: page.more, serverTime: new Date().toISOString() };
  });

  app.post<{ Body: { schemaVersion: number; centerId: string } }>('/api/hub/pairing-codes', {
    schema: { body: { type: 'object', required: ['schemaVersion', 'centerId'], additionalProperties: false, properties: { schemaVersion: emptyBodySchema.properties.schemaVersion, centerId: { type: 'string', maxLength: 16 } } } },
    preValidation: guard('hub'),
  }, async (req) => repo.issuePairingCode(req.body.centerId));
}
