/**
 * Personal fields (a father's name, a child's nickname, notes, comments) are encrypted on the device
 * before they leave it, with a key derived from the center's passphrase: the server and the hub hold
 * only ciphertext. Web Crypto only, so the same code runs in the browser and in Node ≥ 20 (tests).
 */
const PREFIX = 'enc:v1:';
/** OWASP's floor for PBKDF2-SHA256 is 600k; 310k keeps pairing under a second on a class tablet. */
export const PBKDF2_ITERATIONS = 310_000;
/** A fixed text each center's first device encrypts; later devices prove the same passphrase by decrypting it. */
export const KEY_CHECK_TEXT = 'appa-rang center key v1';

const enc = new TextEncoder();
const dec = new TextDecoder();

function b64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function unb64(s: string): Uint8Array<ArrayBuffer> {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export class DecryptError extends Error {
  override readonly name = 'DecryptError';
}

export function isCiphertext(v: unknown): v is string {
  return typeof v === 'string' && v.startsWith(PREFIX);
}

/** The salt is the center's id: the same passphrase gives every device of one center the same key. */
export async function deriveCenterKey(passphrase: string, centerId: string, iterations = PBKDF2_ITERATIONS): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', enc.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: enc.encode(`appa-rang/sync/v1/${centerId}`), iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    // Not extractable: the key is stored as a CryptoKey in IndexedDB and cannot be read back out.
    false,
    ['encrypt', 'decrypt'],
  );
}

/** `context` is authenticated too, so a ciphertext copied into another record or field fails to open. */
export async function encryptText(key: CryptoKey, text: string, context: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: enc.encode(context) }, key, enc.encode(text)));
  return `${PREFIX}${b64(iv)}:${b64(ct)}`;
}

export async function decryptText(key: CryptoKey, value: string, context: string): Promise<string> {
  const [iv, ct] = value.slice(PREFIX.length).split(':');
  if (!value.startsWith(PREFIX) || !iv || !ct) throw new DecryptError('not a ciphertext');
  try {
    const pt = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: unb64(iv), additionalData: enc.encode(context) }, key, unb64(ct));
    return dec.decode(pt);
  } catch {
    throw new DecryptError('wrong key or damaged ciphertext');
  }
}

const ctx = (entity: string, id: string, field: string): string => `${entity}/${id}/${field}`;

/** A copy with every non-empty personal field encrypted; empty ones (tombstones) stay empty. */
export async function encryptRecord<T extends { id: string }>(key: CryptoKey, entity: string, record: T, personal: readonly string[]): Promise<T> {
  const out: Record<string, unknown> = { ...record };
  for (const f of personal) {
    const v = out[f];
    if (typeof v === 'string' && v !== '' && !isCiphertext(v)) out[f] = await encryptText(key, v, ctx(entity, record.id, f));
  }
  return out as T;
}

export async function decryptRecord<T extends { id: string }>(key: CryptoKey, entity: string, record: T, personal: readonly string[]): Promise<T> {
  const out: Record<string, unknown> = { ...record };
  for (const f of personal) {
    const v = out[f];
    if (isCiphertext(v)) out[f] = await decryptText(key, v, ctx(entity, record.id, f));
  }
  return out as T;
}

export function makeKeyCheck(key: CryptoKey): Promise<string> {
  return encryptText(key, KEY_CHECK_TEXT, 'key-check');
}

export async function keyMatches(key: CryptoKey, keyCheck: string): Promise<boolean> {
  try {
    return (await decryptText(key, keyCheck, 'key-check')) === KEY_CHECK_TEXT;
  } catch {
    return false;
  }
}
