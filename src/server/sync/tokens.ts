import { createHash, randomBytes, randomInt } from 'node:crypto';
import { CODE_ALPHABET, normalizeCode } from '../../shared/sync/protocol.ts';

/** Device tokens: 32 random bytes; only their SHA-256 is stored, so a leaked database grants nothing. */
export function newToken(): string {
  return `appa_${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function newDeviceId(prefix: 'dev' | 'hub'): string {
  return `${prefix}_${randomBytes(12).toString('base64url').replace(/[^A-Za-z0-9]/g, 'x')}`;
}

/** A pairing code a facilitator types on a tablet: 8 unambiguous characters, shown as XXXX-XXXX. */
export function newPairingCode(): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}

export function hashCode(code: string): string {
  return hashSecret(`pair:${normalizeCode(code)}`);
}
