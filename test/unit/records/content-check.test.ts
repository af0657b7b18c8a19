import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../../src/records/content-check.ts';
import { instrumentSchema, scoreSurvey } from '../../../src/shared/records/instrument.ts';

const dirs: string[] = [];
function repoWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'instr-'));
  dirs.push(root);
  mkdirSync(join(root, 'levels/instruments'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'levels/instruments', name), text);
  return root;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('instrument content check', () => {
  it('accepts the shipped instruments', async () => {
    expect(await checkContent(process.cwd())).toEqual([]);
  });

  it('names the file and field of a broken instrument', async () => {
    const good = JSON.parse(readFileSync('levels/instruments/satisfaction.json', 'utf8'));
    good.items[2].text.vi = '';
    good.items[5].scale = 'days7';
    const root = repoWith({ 'satisfaction.json': JSON.stringify(good), 'broken.json': '{ "id": ' });
    const problems = await checkContent(root);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'levels/instruments/satisfaction.json', field: 'items[2].text.vi' }),
        expect.objectContaining({ file: 'levels/instruments/satisfaction.json', field: 'items[5].scale', message: expect.stringContaining('5-point') }),
        expect.objectContaining({ file: 'levels/instruments/broken.json', field: '', message: expect.stringContaining('not valid JSON') }),
      ]),
    );
  });

  it('requires the licence holder of a licensed scale and a matching file name', async () => {
    const ins = JSON.parse(readFileSync('levels/instruments/confidence.json', 'utf8'));
    ins.licence = { kind: 'licensed', holder: '' };
    const root = repoWith({ 'k-psoc.json': JSON.stringify(ins) });
    const problems = await checkContent(root);
    expect(problems.map((p) => `${p.file}|${p.field}`)).toEqual(['levels/instruments/k-psoc.json|licence.holder']);
    ins.licence.holder = '한국 저자';
    expect((await checkContent(repoWith({ 'k-psoc.json': JSON.stringify(ins) }))).map((p) => p.field)).toEqual(['id']);
  });

  it('scores sums with reverse items and leaves a total empty when too few items are answered', () => {
    const ins = instrumentSchema.parse(JSON.parse(readFileSync('levels/instruments/confidence.json', 'utf8')));
    // 8 items of 1–5; "at-a-loss" is reversed: answering 2 scores 4. 5+4+3+4+4+5+3+4 = 32.
    const answers = { 'notice-needs': 5, 'play-ideas': 4, 'stay-calm': 3, 'care-alone': 4, 'at-a-loss': 2, 'good-dad': 5, 'talk-partner': 3, 'enjoy-time': 4 };
    expect(scoreSurvey(ins, answers)).toBe(32);
    // Six answered (minimum): mean (5+4+3+4+4+5)/6 = 4.1667 × 8 items = 33.33.
    const { 'talk-partner': _a, 'enjoy-time': _b, ...six } = answers;
    expect(scoreSurvey(ins, six)).toBe(33.33);
    const { 'good-dad': _c, ...five } = six;
    expect(scoreSurvey(ins, five)).toBeNull();
    const sat = instrumentSchema.parse(JSON.parse(readFileSync('levels/instruments/satisfaction.json', 'utf8')));
    expect(scoreSurvey(sat, { useful: 5, facilitator: 4, active: 4, trust: 5 })).toBe(4.5);
  });
});
