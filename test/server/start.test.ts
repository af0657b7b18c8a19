import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs `src/server/main.ts` as `npm start` does (without the build) and collects what it prints. */
function startMain(env: Record<string, string>): { done: Promise<{ code: number | null; out: string; err: string }>; kill: (s: NodeJS.Signals) => void; waitFor: (re: RegExp) => Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const waiters: Array<{ re: RegExp; resolve: (s: string) => void }> = [];
  const check = (): void => {
    for (const w of [...waiters]) {
      const m = w.re.exec(out);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m[0]);
      }
    }
  };
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    check();
  });
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return {
    done: new Promise((resolve) => child.on('exit', (code) => resolve({ code, out, err }))),
    kill: (s) => child.kill(s),
    waitFor: (re) => new Promise((resolve) => waiters.push({ re, resolve })) as Promise<string>,
  };
}

describe('npm start (the server process)', () => {
  it('prints the URL and the database, creates the SQLite file, and stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'appa-start-'));
    try {
      const db = join(dir, 'nested', 'appa.sqlite');
      const p = startMain({ PORT: '0', APPA_DB_PATH: db, APPA_STATIC_DIR: join(dir, 'no-dist') });
      const url = await p.waitFor(/http:\/\/127\.0\.0\.1:\d+\//);
      await p.waitFor(/database: SQLite \(embedded\)/);
      expect(existsSync(db)).toBe(true);
      const health = (await (await fetch(`${url}api/health`)).json()) as { status: string; db: string };
      expect(health).toMatchObject({ status: 'ok', db: 'sqlite' });
      p.kill('SIGTERM');
      const { code } = await p.done;
      expect(code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says in one line which port is taken and how to choose another', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    const dir = mkdtempSync(join(tmpdir(), 'appa-start-'));
    try {
      const p = startMain({ PORT: String(port), APPA_DB_PATH: join(dir, 'a.sqlite') });
      const { code, err } = await p.done;
      expect(code).toBe(1);
      const lines = err.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`Port ${port} is already in use`);
      expect(lines[0]).toContain('PORT=');
    } finally {
      blocker.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
