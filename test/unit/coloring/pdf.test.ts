import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import i18next from 'i18next';
import { makePdf, parseForPdf, wrap } from '../../../src/coloring/pdf.ts';
import type { Sheet } from '../../../src/shared/coloring/manifest.ts';
import manifest from '../../../levels/coloring/sheets.json';
import ja from '../../../src/i18n/locales/ja/coloring.json';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const sheets = (manifest as { sheets: Sheet[] }).sheets;
const svgOf = (s: Sheet): string => readFileSync(join(ROOT, s.file), 'utf8');

/** A font whose every character is half an em wide, and CJK a full em: enough to test line breaking. */
const fakeFont = { widthOfTextAtSize: (t: string, size: number) => [...t].reduce((w, c) => w + (/[\u3000-\u9fff]/.test(c) ? 1 : 0.5) * size, 0) } as never;

afterEach(() => vi.unstubAllGlobals());

describe('PDF helpers', () => {
  it('reads areas, lines, stroke and viewBox from a sheet', () => {
    const s = sheets.find((x) => x.id === 'haechi-simple')!;
    const text = svgOf(s);
    const parsed = parseForPdf(text);
    expect(parsed.viewBox).toEqual([-3, -3, 186, 186]);
    expect(parsed.stroke).toBe(5);
    expect(parsed.areas.length).toBe((text.match(/<path id=/g) ?? []).length);
    expect(parsed.areas.map((a) => a.id)).toContain('haechi-head');
    expect(parsed.lines.length).toBeGreaterThan(0);
  });

  it('wraps at spaces, and between Chinese or Japanese characters', () => {
    expect(wrap('one two three four', fakeFont, 10, 45)).toEqual(['one two', 'three', 'four']);
    expect(wrap('山山山山山山', fakeFont, 10, 30)).toEqual(['山山山', '山山山']);
    expect(wrap('', fakeFont, 10, 30)).toEqual([]);
  });
});

describe('makePdf', () => {
  it('makes one US Letter page per sheet with the text embedded', async () => {
    // The fonts come from the precache in the app; here straight from the repository.
    vi.stubGlobal('fetch', async (url: string) => new Response(readFileSync(join(ROOT, 'assets/fonts', /bold/.test(url) ? 'coloring-pdf-bold.ttf' : 'coloring-pdf-regular.ttf'))));
    if (!i18next.isInitialized) await i18next.init({ lng: 'ja', resources: {} });
    i18next.addResourceBundle('ja', 'coloring', ja, true, true);
    const chosen = ['haechi-simple', 'ddp-detailed', 'seoul-map'].map((id) => sheets.find((s) => s.id === id)!);
    const bytes = await makePdf(
      chosen.map((sheet, i) => ({ sheet, markup: svgOf(sheet), fills: i === 0 ? { 'haechi-head': '#F5B942' } : undefined })),
      'letter',
      'ja',
    );
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(3);
    for (const p of doc.getPages()) expect(p.getSize()).toEqual({ width: expect.closeTo(612, 0) as number, height: expect.closeTo(792, 0) as number });
    expect(doc.getTitle()).toBe(ja.print.title);
    expect(bytes.length).toBeGreaterThan(100_000); // both subset fonts are inside
  });
});
