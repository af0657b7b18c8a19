import { describe, expect, it } from 'vitest';
import { compile, match } from '../../src/app/router.ts';
import { makeSum, gateOpen, openGate, closeGate } from '../../src/app/gate.ts';
import type { RouteDef } from '../../src/app/types.ts';

const load = async () => ({ mount: () => undefined });
const routes: RouteDef[] = [
  { path: '/', titleKey: 'home', load },
  { path: '/coloring/:sheetId', titleKey: 'sheet', load },
  { path: '/guides/:id/present', titleKey: 'present', load },
];

describe('router', () => {
  const table = compile(routes);
  it('matches static and parameter routes, with or without a trailing slash', () => {
    expect(match(table, '/')?.route.titleKey).toBe('home');
    expect(match(table, '/coloring/n-seoul-tower')).toMatchObject({ params: { sheetId: 'n-seoul-tower' } });
    expect(match(table, '/guides/s1/present/')).toMatchObject({ params: { id: 's1' } });
  });
  it('decodes parameters and returns null for unknown paths', () => {
    expect(match(table, '/coloring/%ED%95%B4%EC%B9%98')?.params.sheetId).toBe('해치');
    expect(match(table, '/nowhere')).toBeNull();
    expect(match(table, '/coloring')).toBeNull();
  });
});

describe('parental gate', () => {
  it('asks a small sum with four distinct choices that include the answer', () => {
    let seed = 1;
    const rand = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 200; i++) {
      const { a, b, choices } = makeSum(rand);
      expect(a + b).toBeGreaterThanOrEqual(7);
      expect(a + b).toBeLessThanOrEqual(17);
      expect(new Set(choices).size).toBe(4);
      expect(choices).toContain(a + b);
      expect(choices.every((c) => c > 0)).toBe(true);
    }
  });
  it('stays open for fifteen minutes, then asks again', () => {
    closeGate();
    expect(gateOpen()).toBe(false);
    const now = Date.now();
    openGate(now);
    expect(gateOpen(now + 14 * 60_000)).toBe(true);
    expect(gateOpen(now + 16 * 60_000)).toBe(false);
    closeGate();
  });
});
