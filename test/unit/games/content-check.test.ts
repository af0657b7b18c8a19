import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../../src/games/content-check.ts';

const MINE = ['body-match', 'face-mirror', 'freeze-haechi', 'han-river-hunt'];
let dir = '';

/** A temp content root with a copy of games 1–4's levels (the checker reads data.ts schemas beside itself). */
function copy(): string {
  dir = mkdtempSync(join(tmpdir(), 'games-a-content-'));
  for (const g of MINE) cpSync(`levels/${g}`, join(dir, 'levels', g), { recursive: true });
  return dir;
}
function edit(rel: string, fn: (j: Record<string, any>) => void): void {
  const p = join(dir, rel);
  const j = JSON.parse(readFileSync(p, 'utf8')) as Record<string, any>;
  fn(j);
  writeFileSync(p, JSON.stringify(j, null, 2));
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('games content check', () => {
  it('passes on the committed content of games 1–4', async () => {
    copy();
    expect(await checkContent(dir)).toEqual([]);
  });

  it('names the file and field of a missing translation in a level', async () => {
    copy();
    edit('levels/face-mirror/mirror-35.json', (j) => delete j.data.rounds[2].dad.vi);
    const p = await checkContent(dir);
    expect(p).toContainEqual(expect.objectContaining({ file: 'levels/face-mirror/mirror-35.json', field: 'data.rounds[2].dad.vi' }));
  });

  it('rejects a round longer than 4 minutes and a dad pause outside 30–60 s', async () => {
    copy();
    edit('levels/body-match/body-35.json', (j) => {
      j.minutes = 9;
      j.dadPauseSeconds = 10;
    });
    const fields = (await checkContent(dir)).filter((x) => x.file === 'levels/body-match/body-35.json').map((x) => x.field);
    expect(fields).toEqual(expect.arrayContaining(['minutes', 'dadPauseSeconds']));
  });

  it("runs each game's own checks: a question about a thing not in the picture, more targets than questions", async () => {
    copy();
    edit('levels/han-river-hunt/river-35.json', (j) => {
      j.data.questions[0].find = 'tent';
      j.targets = 40;
    });
    const p = await checkContent(dir);
    expect(p).toContainEqual(expect.objectContaining({ file: 'levels/han-river-hunt/river-35.json', field: 'data.questions[0].find' }));
    expect(p).toContainEqual(expect.objectContaining({ file: 'levels/han-river-hunt/river-35.json', field: 'targets' }));
  });

  it('names a level whose id is not its file name, and a descriptor without 0–2 cards', async () => {
    copy();
    edit('levels/freeze-haechi/freeze-35.json', (j) => (j.id = 'freeze-other'));
    edit('levels/freeze-haechi/game.json', (j) => (j.playCards = []));
    const p = await checkContent(dir);
    expect(p).toContainEqual(expect.objectContaining({ file: 'levels/freeze-haechi/freeze-35.json', field: 'id' }));
    expect(p).toContainEqual(expect.objectContaining({ file: 'levels/freeze-haechi/game.json', field: 'playCards' }));
  });

  it('names a file that is not JSON at all', async () => {
    copy();
    mkdirSync(join(dir, 'levels/body-match'), { recursive: true });
    writeFileSync(join(dir, 'levels/body-match/broken.json'), '{ "id": "broken", ');
    const p = await checkContent(dir);
    expect(p).toContainEqual(expect.objectContaining({ file: 'levels/body-match/broken.json', field: '' }));
    expect(p.find((x) => x.file === 'levels/body-match/broken.json')?.message).toMatch(/not valid JSON/);
  });

  it('names a band the descriptor promises but no level provides', async () => {
    copy();
    rmSync(join(dir, 'levels/han-river-hunt/river-812.json'));
    const p = await checkContent(dir);
    expect(p).toContainEqual(expect.objectContaining({ file: 'levels/han-river-hunt/game.json', field: 'ageBands' }));
  });
});
