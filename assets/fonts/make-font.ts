/**
 * Makes the subset fonts the in-browser PDF embeds (assets/fonts/coloring-pdf-*.ttf): Noto Sans CJK KR
 * (SIL Open Font License, Debian's fonts-noto-cjk) cut down to the characters the coloring sheets and
 * their print labels use in all five languages, so Korean, Chinese, Japanese and Vietnamese text is
 * real, searchable text in the PDF while the precache stays small. No layout features are kept: the
 * text needs none (Hangul and Vietnamese come precomposed), and the CJK space feature made spaces
 * after Hangul an em wide. The outlines are then turned into TrueType (otf-to-ttf.py) so pdf-lib
 * embeds them the way every PDF viewer expects.
 *
 * Run after changing levels/coloring/sheets.json or the coloring print labels:
 *   apt-get install -y python3-fonttools fonts-noto-cjk
 *   node --import tsx assets/fonts/make-font.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const NOTO = '/usr/share/fonts/opentype/noto';
/** Index of "Noto Sans CJK KR" inside the .ttc collections. */
const KR = 1;

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

export function pdfCharacters(): string {
  const manifest = JSON.parse(readFileSync(join(root, 'levels/coloring/sheets.json'), 'utf8')) as { sheets: Array<{ name: unknown; prompt: unknown }> };
  const texts = manifest.sheets.flatMap((s) => strings([s.name, s.prompt]));
  for (const lng of ['ko', 'en', 'zh', 'ja', 'vi']) {
    const ns = JSON.parse(readFileSync(join(root, `src/i18n/locales/${lng}/coloring.json`), 'utf8')) as { print: unknown; nuri: unknown };
    texts.push(...strings([ns.print, ns.nuri]));
  }
  let ascii = '';
  for (let c = 0x20; c < 0x7f; c++) ascii += String.fromCharCode(c);
  return [...new Set([...ascii, '·', '…', '–', '—', '‘', '’', '“', '”', ...texts.join('')])].filter((c) => c.trim() !== '' || c === ' ').sort().join('');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const tmp = mkdtempSync(join(tmpdir(), 'appa-font-'));
  const chars = join(tmp, 'chars.txt');
  writeFileSync(chars, pdfCharacters());
  for (const [weight, src] of [
    ['regular', 'NotoSansCJK-Regular.ttc'],
    ['bold', 'NotoSansCJK-Bold.ttc'],
  ] as const) {
    const otf = join(tmp, `${weight}.otf`);
    const out = join(here, `coloring-pdf-${weight}.ttf`);
    execFileSync('/usr/bin/python3', ['-m', 'fontTools.subset', join(NOTO, src), `--font-number=${KR}`, `--text-file=${chars}`, `--output-file=${otf}`, '--layout-features=', '--no-hinting'], { stdio: 'inherit' });
    execFileSync('/usr/bin/python3', [join(here, 'otf-to-ttf.py'), otf, out], { stdio: 'inherit' });
    console.log(`${out}: ${statSync(out).size} bytes`);
  }
  rmSync(tmp, { recursive: true, force: true });
}
