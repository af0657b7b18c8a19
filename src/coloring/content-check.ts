import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../content/problems.ts';
import { parseInto, readJson } from '../content/read.ts';
import { manifestSchema, PLACE_IDS } from '../shared/coloring/manifest.ts';
import { checkSvg } from './svg-rules.ts';
import fontkit from '@pdf-lib/fontkit';

const FONTS = ['assets/fonts/coloring-pdf-regular.ttf', 'assets/fonts/coloring-pdf-bold.ttf'];

/** Characters of the text the PDF prints (names, prompts) that a subset font lacks: the PDF would show blanks. */
function missingGlyphs(root: string, texts: Array<{ field: string; text: string }>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const file of FONTS) {
    const abs = join(root, file);
    if (!existsSync(abs)) {
      problems.push({ file, field: '', message: 'missing: run `node --import tsx assets/fonts/make-font.ts`' });
      continue;
    }
    const font = fontkit.create(readFileSync(abs)) as unknown as { hasGlyphForCodePoint(cp: number): boolean };
    for (const { field, text } of texts) {
      const lacking = [...new Set([...text].filter((c) => c.trim() && !font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0)))];
      if (lacking.length) problems.push({ file, field, message: `the PDF font lacks ${lacking.join('')}: run \`node --import tsx assets/fonts/make-font.ts\`` });
    }
  }
  return problems;
}

export const MANIFEST = 'levels/coloring/sheets.json';
const SHEET_DIR = 'assets/coloring/sheets';

/**
 * The coloring manifest against its schema, every SVG it names against the sheet rules (svg-rules.ts),
 * every place having both age variants, and no SVG left out of the manifest.
 */
export async function checkContent(root: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const raw = readJson(root, MANIFEST, problems, 'missing');
  if (raw === undefined) return problems;
  const manifest = parseInto(manifestSchema, raw, MANIFEST, problems);
  if (!manifest) return problems;
  const sheets = manifest.sheets;
  for (const [i, s] of sheets.entries()) {
    const abs = join(root, s.file);
    if (!existsSync(abs)) {
      problems.push({ file: MANIFEST, field: `sheets[${i}].file`, message: `${s.file} does not exist` });
      continue;
    }
    for (const p of checkSvg(readFileSync(abs, 'utf8'))) problems.push({ file: s.file, field: p.field, message: p.message });
  }
  const texts = sheets.flatMap((s, i) =>
    Object.entries({ ...Object.fromEntries(Object.entries(s.name).map(([l, v]) => [`name.${l}`, v])), ...Object.fromEntries(Object.entries(s.prompt).map(([l, v]) => [`prompt.${l}`, v])) }).map(([k, v]) => ({
      field: `${MANIFEST} → sheets[${i}].${k}`,
      text: v,
    })),
  );
  for (const lng of ['ko', 'en', 'zh', 'ja', 'vi']) {
    const rel = `src/i18n/locales/${lng}/coloring.json`;
    try {
      const ns = JSON.parse(readFileSync(join(root, rel), 'utf8')) as { print?: Record<string, string>; nuri?: Record<string, string> };
      for (const group of ['print', 'nuri'] as const)
        for (const [k, v] of Object.entries(ns[group] ?? {})) if (typeof v === 'string') texts.push({ field: `${rel} → ${group}.${k}`, text: v });
    } catch {
      /* a missing or broken locale file is reported by the i18n check */
    }
  }
  problems.push(...missingGlyphs(root, texts));
  const ids = new Set(sheets.map((s) => s.id));
  for (const place of PLACE_IDS)
    for (const v of ['simple', 'detailed']) if (!ids.has(`${place}-${v}`)) problems.push({ file: MANIFEST, field: 'sheets', message: `no ${v} sheet for ${place}` });
  if (!ids.has('seoul-map')) problems.push({ file: MANIFEST, field: 'sheets', message: 'no seoul-map sheet' });
  const dir = join(root, SHEET_DIR);
  if (existsSync(dir)) {
    const listed = new Set(sheets.map((s) => s.file));
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.svg')))
      if (!listed.has(`${SHEET_DIR}/${f}`)) problems.push({ file: `${SHEET_DIR}/${f}`, field: '', message: `not listed in ${MANIFEST}` });
  }
  return problems;
}
