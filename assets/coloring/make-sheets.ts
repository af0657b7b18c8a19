/**
 * Writes the 33 coloring sheets (16 places × simple/detailed + the map) to assets/coloring/sheets/.
 * Run: `node --import tsx assets/coloring/make-sheets.ts`. The drawings live in scenes.ts; this file
 * only fixes the one format every sheet shares, which the app, the print view and the PDF all read:
 *   <g class="areas">  closed fillable paths with ids, painted in order (white until colored)
 *   <g class="lines">  details drawn on top, never fillable
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Art } from './art.ts';
import { MAP_SCENE, SCENES, type Scene } from './scenes.ts';
import { rect } from './shapes.ts';

const OUT = join(dirname(fileURLToPath(import.meta.url)), 'sheets');
const INK = '#2B2B3A';
/** Line weights on paper (ART.md): 0–4 ≥ 5 mm, 5–7 2–3 mm; the map sits between. */
const STROKE = { simple: 5, detailed: 2.5, map: 2.5 } as const;

export function renderSheet(id: string, scene: Scene, variant: keyof typeof STROKE): string {
  const a = new Art(variant !== 'simple');
  a.area('background', rect(0, 0, 180, 180, 8));
  scene(a);
  const sw = STROKE[variant];
  const attrs = `stroke="${INK}" stroke-width="${sw}" stroke-linejoin="round" stroke-linecap="round"`;
  const areas = a.areas.map((x) => `<path id="${x.id}" d="${x.d}"/>`).join('\n');
  const lines = a.lines.map((d) => `<path d="${d}"/>`).join('\n');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-3 -3 186 186" data-sheet="${id}" data-stroke="${sw}">\n` +
    `<g class="areas" fill="#FFFFFF" ${attrs}>\n${areas}\n</g>\n` +
    `<g class="lines" fill="none" ${attrs}>\n${lines}\n</g>\n</svg>\n`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(OUT, { recursive: true });
  let n = 0;
  for (const [place, scene] of Object.entries(SCENES)) {
    for (const v of ['simple', 'detailed'] as const) {
      writeFileSync(join(OUT, `${place}-${v}.svg`), renderSheet(`${place}-${v}`, scene, v));
      n++;
    }
  }
  writeFileSync(join(OUT, 'seoul-map.svg'), renderSheet('seoul-map', MAP_SCENE, 'map'));
  console.log(`wrote ${n + 1} sheets to ${OUT}`);
}
