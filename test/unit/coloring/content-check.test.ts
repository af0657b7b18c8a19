import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../../src/coloring/content-check.ts';
import { checkSvg, pathInfo } from '../../../src/coloring/svg-rules.ts';
import { manifestSchema } from '../../../src/shared/coloring/manifest.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const dirs: string[] = [];

/** A copy of the real coloring content in a temp repo, to break one thing at a time. */
function copyRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'appa-coloring-check-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'levels/coloring'), { recursive: true });
  cpSync(join(ROOT, 'levels/coloring'), join(dir, 'levels/coloring'), { recursive: true });
  cpSync(join(ROOT, 'assets/coloring/sheets'), join(dir, 'assets/coloring/sheets'), { recursive: true });
  cpSync(join(ROOT, 'assets/fonts'), join(dir, 'assets/fonts'), { recursive: true });
  for (const l of ['ko', 'en', 'zh', 'ja', 'vi']) cpSync(join(ROOT, `src/i18n/locales/${l}/coloring.json`), join(dir, `src/i18n/locales/${l}/coloring.json`));
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const GOOD = (areas: string, extra = ''): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 180 180"${extra}><g class="areas" fill="#fff">${areas}</g><g class="lines"></g></svg>`;

describe('the shipped coloring content', () => {
  it('passes its own check: manifest, 33 sheets, every SVG', async () => {
    expect(await checkContent(ROOT)).toEqual([]);
    const m = manifestSchema.parse(JSON.parse(readFileSync(join(ROOT, 'levels/coloring/sheets.json'), 'utf8')));
    expect(m.sheets).toHaveLength(33);
  });
});

describe('content check on broken sheets names the file and the field', () => {
  it('an open fillable path', async () => {
    const dir = copyRepo();
    const f = 'assets/coloring/sheets/haechi-simple.svg';
    const svg = readFileSync(join(dir, f), 'utf8').replace(/(<path id="haechi-head" d="[^"]*)Z"/, '$1"');
    writeFileSync(join(dir, f), svg);
    const problems = await checkContent(dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: f, field: '#haechi-head', message: expect.stringContaining('open') }));
  });

  it('a missing id, a script, an external reference and no viewBox', async () => {
    const dir = copyRepo();
    const f = 'assets/coloring/sheets/ddp-simple.svg';
    let svg = readFileSync(join(dir, f), 'utf8');
    svg = svg.replace('<path id="sun" ', '<path ').replace('viewBox="-3 -3 186 186"', '');
    svg = svg.replace('</svg>', '<script>alert(1)</script><image href="http://example.com/x.png"/><style>@import url(http://x/y.css);</style></svg>');
    writeFileSync(join(dir, f), svg);
    const mine = (await checkContent(dir)).filter((p) => p.file === f);
    const text = mine.map((p) => `${p.field}|${p.message}`).join('\n');
    expect(text).toMatch(/areas\[\d+\]\|fillable area has no id/);
    expect(text).toMatch(/script/);
    expect(text).toMatch(/href="http:\/\/example.com\/x.png"/);
    expect(text).toMatch(/@import/);
    expect(text).toMatch(/^viewBox\|/m);
  });

  it('a manifest entry with a missing translation, and an SVG nobody lists', async () => {
    const dir = copyRepo();
    const mf = 'levels/coloring/sheets.json';
    const m = JSON.parse(readFileSync(join(dir, mf), 'utf8')) as { sheets: Array<{ prompt: Record<string, string> }> };
    delete m.sheets[3]!.prompt.vi;
    writeFileSync(join(dir, mf), JSON.stringify(m));
    writeFileSync(join(dir, 'assets/coloring/sheets/stray.svg'), GOOD('<path id="a" d="M0 0L50 0L50 50Z"/>'));
    let problems = await checkContent(dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: mf, field: 'sheets[3].prompt.vi' }));
    expect(problems.every((p) => p.file === mf)).toBe(true);
    m.sheets[3]!.prompt.vi = 'Xin chào';
    writeFileSync(join(dir, mf), JSON.stringify(m));
    problems = await checkContent(dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'assets/coloring/sheets/stray.svg', message: expect.stringContaining('not listed') }));
  });

  it('text the subset PDF font cannot show (the font must be remade)', async () => {
    const dir = copyRepo();
    const mf = 'levels/coloring/sheets.json';
    const m = JSON.parse(readFileSync(join(dir, mf), 'utf8')) as { sheets: Array<{ name: Record<string, string> }> };
    m.sheets[5]!.name.zh = '龘龘公园';
    writeFileSync(join(dir, mf), JSON.stringify(m));
    expect(await checkContent(dir)).toContainEqual({
      file: 'assets/fonts/coloring-pdf-regular.ttf',
      field: `${mf} → sheets[5].name.zh`,
      message: expect.stringContaining('lacks 龘'),
    });
  });

  it('a manifest that is not JSON', async () => {
    const dir = copyRepo();
    writeFileSync(join(dir, 'levels/coloring/sheets.json'), '{ "version": 1, ');
    expect(await checkContent(dir)).toEqual([expect.objectContaining({ file: 'levels/coloring/sheets.json', message: expect.stringContaining('not valid JSON') })]);
  });
});

describe('svg rules', () => {
  it('knows closed from open paths, relative commands included', () => {
    expect(pathInfo('M0 0L10 0L10 10Z').closed).toBe(true);
    expect(pathInfo('M0 0l10 0l0 10z m20 0 h5 v5 z').closed).toBe(true);
    expect(pathInfo('M0 0L10 0L10 10').closed).toBe(false);
    expect(pathInfo('M0 0L10 0Z M20 20L30 30').closed).toBe(false);
    expect(pathInfo('').closed).toBe(false);
    expect(pathInfo('M0 0C0 -5 10 -5 10 0Z').box).toEqual({ x0: 0, y0: -5, x1: 10, y1: 0 });
  });

  it('rejects areas smaller than 8 mm on paper and duplicate ids', () => {
    const p = checkSvg(GOOD('<path id="dot" d="M0 0L5 0L5 5Z"/><path id="big" d="M0 0L50 0L50 50Z"/><path id="big" d="M0 0L60 0L60 60Z"/>'));
    expect(p).toContainEqual(expect.objectContaining({ field: '#dot', message: expect.stringContaining('too small') }));
    expect(p).toContainEqual(expect.objectContaining({ field: '#big', message: expect.stringContaining('duplicate') }));
  });

  it('rejects event attributes and non-path areas, accepts url(#…)', () => {
    const p = checkSvg(GOOD('<rect id="r" width="50" height="50"/>', ' onload="x()" style="fill:url(#g)"'));
    expect(p.map((x) => x.message).join('\n')).toMatch(/event attribute \(onload\)/);
    expect(p).toContainEqual(expect.objectContaining({ field: '#r', message: expect.stringContaining('<path>') }));
    expect(p.map((x) => x.message).join('\n')).not.toMatch(/url\(#g\)/);
  });
});
