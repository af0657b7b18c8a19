import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent as checkMap } from '../../../src/games/seoul-map/content-check.ts';
import { checkContent as checkLine } from '../../../src/games/line2-rhythm/content-check.ts';
import { checkContent as checkPairs } from '../../../src/games/butterfly-pairs/content-check.ts';
import { checkContent as checkTower } from '../../../src/games/tower-stack/content-check.ts';

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

  it('names a level whose targets do not match its data, and bad level data', async () => {
    copyContent();
    edit('levels/line2-rhythm/ride-slow.json', (j) => (j.targets = 9));
    edit('levels/tower-stack/sky-tower.json', (j) => ((j.data as { blocks: string[] }).blocks = ['spire', 'hanok']));
    edit('levels/butterfly-pairs/garden-small.json', (j) => {
      const wings = (j.data as { wings: Array<Record<string, string>> }).wings;
      wings[1] = { ...wings[0]!, id: 'copy' };
    });
    edit('levels/seoul-map/first-trip.json', (j) => ((j.data as { offer: string[] }).offer[0] = 'namsan'));
    expect(await checkLine(dir)).toEqual([expect.objectContaining({ file: 'levels/line2-rhythm/ride-slow.json', field: 'targets' })]);
    expect(await checkTower(dir)).toEqual([expect.objectContaining({ file: 'levels/tower-stack/sky-tower.json', field: 'data.blocks[0]' })]);
    expect(await checkPairs(dir)).toEqual([expect.objectContaining({ file: 'levels/butterfly-pairs/garden-small.json', field: 'data.wings[1]' })]);
    expect(await checkMap(dir)).toEqual([expect.objectContaining({ file: 'levels/seoul-map/first-trip.json', field: 'data.offer[0]' })]);
  });

  it('names a prompts file that is not JSON, or is missing a key', async () => {
    copyContent();
    writeFileSync(join(dir, 'assets/games/tower-stack/prompts.json'), '{ "start": ');
    edit('assets/games/butterfly-pairs/prompts.json', (j) => delete j.match);
    expect(await checkTower(dir)).toEqual([expect.objectContaining({ file: 'assets/games/tower-stack/prompts.json', field: '', message: expect.stringContaining('not valid JSON') })]);
    expect(await checkPairs(dir)).toEqual([expect.objectContaining({ file: 'assets/games/butterfly-pairs/prompts.json', field: 'match' })]);
  });
});
