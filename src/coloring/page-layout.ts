import type { SheetVariant } from '../shared/coloring/manifest.ts';

/**
 * One printed sheet, in millimetres. Everything sits in a 180 × 257 mm box centred on the paper, so
 * the same sheet fits A4 (210 × 297) and US Letter (215.9 × 279.4) with at least 11 mm margins, which
 * every home printer keeps. The print view (CSS mm) and the PDF (points) both read these numbers.
 */
export const PAPER = {
  a4: { w: 210, h: 297, css: 'A4' },
  letter: { w: 215.9, h: 279.4, css: 'letter' },
} as const;
export type Paper = keyof typeof PAPER;

export const BOX = { w: 180, h: 257 } as const;
export const ART = 180;
export const FAMILY_FRAME = 40;
export const GAP = 4;

export interface Bands {
  header: number;
  trace: number;
  art: number;
  footer: number;
}

/** Simple sheets get a big name (no tracing yet); detailed ones a band of dotted letters to trace. */
export function bands(variant: SheetVariant): Bands {
  const header = variant === 'simple' ? 26 : 16;
  const trace = variant === 'detailed' ? 22 : 0;
  return { header, trace, art: ART, footer: BOX.h - header - trace - ART };
}

/** Font size (mm) so a name fits `width` mm: CJK glyphs are about 1 em wide, Latin about 0.56 em. */
export function fitFontSize(text: string, width: number, max: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 1 : ch === ' ' ? 0.3 : 0.58;
  return Math.min(max, width / Math.max(1, ems));
}

export function isPaper(v: unknown): v is Paper {
  return v === 'a4' || v === 'letter';
}
