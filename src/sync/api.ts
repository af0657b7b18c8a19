import { PROTOCOL_VERSION, SCHEMA_HEADER } from '../shared/sync/protocol.ts';

/**
 * A failed request, with the code the status screen translates (sync:error.<code>). `network` means
 * the request or its reply never arrived; status 0 then.
 */
export class SyncHttpError extends Error {
  override readonly name = 'SyncHttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly expected?: number,
  ) {
    super(message);
  }
  /** Worth retrying later by itself (network, server busy or down); the rest need a person or an update. */
  get transient(): boolean {
    return (this.status === 0 && this.code === 'network') || this.status === 429 || this.status >= 500;
  }
}

export interface ApiTarget {
  fetch: typeof fetch;
  /** '' in the browser (same origin as the app); a full origin in Node tests. */
  baseUrl: string;
  token?: string | undefined;
}

export async function call<T>(t: ApiTarget, method: 'GET' | 'POST' | 'PUT', path: string, body?: Record<string, unknown>): Promise<T> {
  const headers: Record<string, string> = { [SCHEMA_HEADER]: String(PROTOCOL_VERSION) };
  if (t.token) headers.authorization = `Bearer ${t.token}`;
  if (body) headers['content-type'] = 'application/json';
  let res: Response;
  let json: unknown = null;
  try {
    res = await t.fetch(`${t.baseUrl}${path}`, { method, headers, body: body ? JSON.stringify({ schemaVersion: PROTOCOL_VERSION, ...body }) : undefined, cache: 'no-store' });
    const text = await res.text();
    json = text ? JSON.parse(text) : null;
  } catch (err) {
    // No reply, a reply cut short, or a captive portal's HTML page: all "the server did not answer".
    throw new SyncHttpError(0, 'network', err instanceof Error ? err.message : String(err));
  }
  if (!res.ok) {
    const e = (json ?? {}) as { error?: string; message?: string; expected?: number };
    throw new SyncHttpError(res.status, e.error ?? (res.status >= 500 ? 'internal' : 'bad_request'), e.message ?? res.statusText, e.expected);
  }
  if (json === null || typeof json !== 'object') throw new SyncHttpError(0, 'network', 'empty reply');
  return json as T;
}
