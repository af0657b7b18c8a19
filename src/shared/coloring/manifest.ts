import { z } from 'zod';
import { PLACE_IDS } from '../places.ts';

/**
 * Schema of the coloring manifest (levels/coloring/sheets.json): one entry per printable sheet. The
 * app's catalog, the print view and the PDF read only this file and the SVGs it names, so adding a
 * sheet is one SVG plus one entry. Node-safe: `npm run content:check` loads it without a browser.
 */

/** Mirrors src/i18n LANGUAGES (not imported, so Node can load this file without Vite). */
export const SHEET_LANGUAGES = ['ko', 'en', 'zh', 'ja', 'vi'] as const;
export type SheetLanguage = (typeof SHEET_LANGUAGES)[number];

/** Mirrors src/app/prefs.ts AGE_BANDS. */
export const SHEET_AGE_BANDS = ['0-2', '3-5', '6-7', '8-12'] as const;
export type SheetAgeBand = (typeof SHEET_AGE_BANDS)[number];

export { PLACE_IDS, type PlaceId } from '../places.ts';

/** The five 누리과정 areas; the labels live in the coloring namespace (`nuri.<id>`). */
export const NURI_AREAS = ['body', 'communication', 'social', 'art', 'nature'] as const;
export type NuriArea = (typeof NURI_AREAS)[number];

export const VARIANTS = ['simple', 'detailed', 'map'] as const;
export type SheetVariant = (typeof VARIANTS)[number];

const text = z.string().trim().min(1, 'must not be empty');
const localized = z.object({ ko: text, en: text, zh: text, ja: text, vi: text }).strict();

export const sheetSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and dashes only'),
    place: z.union([z.enum(PLACE_IDS), z.literal('seoul-map')]),
    variant: z.enum(VARIANTS),
    ageBands: z.array(z.enum(SHEET_AGE_BANDS)).min(1),
    /** Repository-relative path of the SVG, under assets/coloring/sheets/. */
    file: z.string().regex(/^assets\/coloring\/sheets\/[a-z0-9-]+\.svg$/, 'an .svg under assets/coloring/sheets/'),
    name: localized,
    /** The dad box: one serve-and-return question for this place. */
    prompt: localized,
    nuri: z.array(z.enum(NURI_AREAS)).min(1),
  })
  .strict()
  .superRefine((s, ctx) => {
    const want = s.place === 'seoul-map' ? 'seoul-map' : `${s.place}-${s.variant}`;
    if (s.id !== want) ctx.addIssue({ code: 'custom', path: ['id'], message: `must be "${want}" (place + variant)` });
    if ((s.place === 'seoul-map') !== (s.variant === 'map')) ctx.addIssue({ code: 'custom', path: ['variant'], message: 'only the seoul-map sheet is a map' });
    if (s.file !== `assets/coloring/sheets/${s.id}.svg`) ctx.addIssue({ code: 'custom', path: ['file'], message: `must be assets/coloring/sheets/${s.id}.svg` });
  });

export const manifestSchema = z
  .object({
    version: z.literal(1),
    sheets: z.array(sheetSchema).min(1),
  })
  .strict()
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.sheets.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sheets', i, 'id'], message: `duplicate sheet id "${s.id}"` });
      seen.add(s.id);
    });
  });

export type Sheet = z.infer<typeof sheetSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
