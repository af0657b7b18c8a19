import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'appa-admin-'));
const env = { ...process.env, APPA_DB_PATH: join(dir, 'admin.sqlite'), DATABASE_URL: '' };
const admin = (...args: string[]): { out: string; code: number } => {
  try {
    return { out: execFileSync(process.execPath, ['--import', 'tsx', 'src/server/admin.ts', ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }), code: 0 };
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; status?: number };
    return { out: `${e.stdout ?? ''}${e.stderr ?? ''}`, code: e.status ?? 1 };
  }
};

describe('npm run admin', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists centers, issues a pairing code and a hub token, lists and revokes devices', () => {
    const centers = admin('centers');
    expect(centers.code).toBe(0);
    expect(centers.out).toContain('★ GN');
    expect(centers.out.split('\n').filter((l) => /^[★ ] [A-Z]{2}/.test(l))).toHaveLength(25);
    const pair = admin('pair', 'GN', '15');
    expect(pair.out).toMatch(/Pairing code for GN: [2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}/);
    const hub = admin('hub-token', '서울시가족센터');
    const token = /\n(appa_[A-Za-z0-9_-]{43})/.exec(hub.out)?.[1];
    expect(token).toBeTruthy();
    const devices = admin('devices');
    const id = /^(hub_\S+)/m.exec(devices.out)?.[1];
    expect(id).toBeTruthy();
    // The token itself is never stored or listed again.
    expect(devices.out).not.toContain(token as string);
    expect(admin('revoke', id as string).code).toBe(0);
    expect(admin('devices').out).toContain('revoked');
    expect(admin('revoke', id as string).code).toBe(1);
  }, 60_000);

  it('creates a center and refuses bad input with a usage line', () => {
    expect(admin('center:create', 'SFC', '서울시가족센터 시범', 'Seoul pilot').code).toBe(0);
    expect(admin('center:create', 'SFC', '또').code).toBe(1);
    expect(admin('center:create', 'bad id', 'x').out).toMatch(/Usage/);
    expect(admin('pair', 'NOPE').out).toMatch(/No center "NOPE"/);
    expect(admin('pair').out).toMatch(/Usage/);
    expect(admin('frobnicate').code).toBe(1);
  }, 60_000);
});
