import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent, danglingLinks } from '../../../src/guides/content-check.ts';
import { guideSchema } from '../../../src/shared/guides/schema.ts';
import { exampleGuide } from './fixtures.ts';

let root: string;
const FILE = 'assets/guides/dal-01-know-your-child.json';
const write = (rel: string, body: unknown): void => {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), typeof body === 'string' ? body : JSON.stringify(body));
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'guides-check-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('guides content check', () => {
  it('passes the example guide', async () => {
    write(FILE, readFileSync(FILE, 'utf8'));
    expect(await checkContent(root, () => undefined)).toEqual([]);
  });

  it('names the file and the field of a broken guide', async () => {
    const g = exampleGuide();
    (g.homeMission as { text: Record<string, string> }).text.ja = '  ';
    (g.steps[0] as { kind: string }).kind = 'warm-up';
    write(FILE, g);
    const problems = await checkContent(root, () => undefined);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      [FILE, 'steps[0].kind'],
      [FILE, 'homeMission.text.ja'],
    ]);
  });

  it('reports a file that is not JSON, an id that differs from the file name, and reused session and mission ids', async () => {
    write('assets/guides/broken.json', '{ "schema": 1, ');
    const g = exampleGuide();
    write(FILE, g);
    write('assets/guides/dal-01-copy.json', { ...g, id: 'dal-01-copy' });
    write('assets/guides/dal-09-wrong-name.json', { ...g, id: 'dal-09', session: 9, homeMission: { ...g.homeMission, id: 'dal-09-mission' } });
    const problems = await checkContent(root, () => undefined);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['assets/guides/broken.json', ''],
      // Files are read in name order, so the later name is the one told it repeats the earlier.
      [FILE, 'session'],
      [FILE, 'homeMission.id'],
      ['assets/guides/dal-09-wrong-name.json', 'id'],
    ]);
    expect(problems[0]?.message).toMatch(/not valid JSON/);
    expect(problems[1]?.message).toContain('assets/guides/dal-01-copy.json');
  });

  it('lists dangling links as warnings, not problems, and stops once the game and sheet exist on disk', async () => {
    write(FILE, exampleGuide());
    const warnings: string[] = [];
    expect(await checkContent(root, (l) => warnings.push(l))).toEqual([]);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toContain(`${FILE} → game:body-match`);

    write('levels/body-match/game.json', { id: 'body-match' });
    write('levels/coloring/manifest.json', { sheets: [{ id: 'childrens-grand-park-simple', place: 'childrens-grand-park' }] });
    const g = guideSchema.parse(exampleGuide());
    expect(danglingLinks(root, g)).toEqual(['sheet:childrens-grand-park-detailed']);
  });
});
