import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent as checkMap } from '../../../src/games/seoul-map/content-check.ts';
import { checkContent as checkLine } from '../../../src/games/line2-rhythm/content-check.ts';
import { checkContent as checkPairs } from '../../../src/games/butterfly-pairs/content-check.ts';
import { checkContent as checkTower } from '../../../src/games/tower-stack/content-check.ts';
import { fieldPath } from '../../../src/content/problems.ts';
import * as line from '../../../src/games/line2-rhythm/data.ts';
import * as tower from '../../../src/games/tower-stack/data.ts';
import * as pairs from '../../../src/games/butterfly-pairs/data.ts';
import * as map from '../../../src/games/seoul-map/data.ts';

const GAMES = ['line2-rhythm', 'seoul-map', 'butterfly-pairs', 'tower-stack'];
let dir = '';

/** A copy of the four games' real content in a temp dir, so a test can break one file. */
function copyContent(): string {
  dir = mkdtempSync(join(tmpdir(), 'games-b-content-'));
  for (const g of GAMES) {
    cpSync(`levels/${g}`, join(dir, 'levels', g), { recursive: true });
    cpSync(`assets/games/${g}`, join(dir, 'assets/games', g), { recursive: true });
  }
  return dir;
}
function edit(rel: string, fn: (j: Record<string, unknown>) => void): void {
  const p = join(dir, rel);
  const j = JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;
  fn(j);
  writeFileSync(p, JSON.stringify(j));
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('games 5–8 content checks', () => {
  it('pass on the committed content', async () => {
    copyContent();
    for (const check of [checkMap, checkLine, checkPairs, checkTower]) expect(await check(dir)).toEqual([]);
  });

  it('name the file and field of a broken place card and a dropped placeholder', async () => {
    copyContent();
    edit('assets/games/seoul-map/places.json', (j) => {
      const places = j.places as Array<Record<string, Record<string, string>>>;
      delete (places[2] as Record<string, unknown>).safety;
      (places[0]!.name as Record<string, string>).vi = '';
    });
    edit('assets/games/seoul-map/prompts.json', (j) => {
      ((j.placed as Record<string, Record<string, string>>).dad as Record<string, string>).ja = '安全の約束を読んであげてください';
    });
    const problems = await checkMap(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'assets/games/seoul-map/places.json', field: 'places[2].safety' }),
        expect.objectContaining({ file: 'assets/games/seoul-map/places.json', field: 'places[0].name.vi' }),
        expect.objectContaining({ file: 'assets/games/seoul-map/prompts.json', field: 'placed.dad.ja', message: expect.stringContaining('placeholders') }),
      ]),
    );
  });

  it('names the field of bad level data and of targets that do not match it (data.ts)', async () => {
    const load = (rel: string): { targets: number; data: unknown } => JSON.parse(readFileSync(rel, 'utf8')) as { targets: number; data: unknown };
    const issues = (schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } } }, v: unknown): string[] =>
      (schema.safeParse(v).error?.issues ?? []).map((i) => fieldPath(['data', ...i.path]));

    const ride = load('levels/line2-rhythm/ride-slow.json');
    expect(line.checkLevel({ ...ride, targets: 9 } as never)).toEqual([{ path: ['targets'], message: expect.stringContaining('6 stations') }]);
    expect(issues(line.levelData, { ...(ride.data as object), hitsPerStation: 3 })).toEqual(['data.hitsPerStation']);

    const sky = load('levels/tower-stack/sky-tower.json');
    expect(issues(tower.levelData, { ...(sky.data as object), blocks: ['spire', 'hanok'] })).toEqual(['data.blocks[0]']);
    expect(tower.checkLevel({ ...sky, targets: 3 } as never)[0]?.path).toEqual(['targets']);

    const garden = load('levels/butterfly-pairs/garden-small.json');
    const wings = (garden.data as { wings: Array<Record<string, string>> }).wings;
    expect(issues(pairs.levelData, { ...(garden.data as object), wings: [wings[0], { ...wings[0], id: 'copy' }] })).toEqual(['data.wings[1]']);

    const trip = load('levels/seoul-map/first-trip.json');
    const offer = [...(trip.data as { offer: string[] }).offer];
    offer[0] = 'namsan';
    expect(issues(map.levelData, { ...(trip.data as object), offer })).toEqual(['data.offer[0]']);
    expect(map.checkLevel({ ...trip, targets: 5 } as never)[0]?.message).toContain('3 places');
  });

  it('names a prompts file that is not JSON, or is missing a key', async () => {
    copyContent();
    writeFileSync(join(dir, 'assets/games/tower-stack/prompts.json'), '{ "start": ');
    edit('assets/games/butterfly-pairs/prompts.json', (j) => delete j.match);
    expect(await checkTower(dir)).toEqual([expect.objectContaining({ file: 'assets/games/tower-stack/prompts.json', field: '', message: expect.stringContaining('not valid JSON') })]);
    expect(await checkPairs(dir)).toEqual([expect.objectContaining({ file: 'assets/games/butterfly-pairs/prompts.json', field: 'match' })]);
  });
});
