import { z } from 'zod';
import { TIME_POINTS } from './schema.ts';

/**
 * A survey instrument as a data file (levels/instruments/<id>.json). The app ships original
 * instruments; a center that holds a licence for a published scale adds it as a file in the same
 * format (bundled at build time, or imported on the survey screen) and it is validated the same way.
 */
const text = z.string().trim().min(1);
export const localizedSchema = z.object({ ko: text, en: text, zh: text, ja: text, vi: text });
export type Localized = z.infer<typeof localizedSchema>;

/** Answer scales: agree/satisfied run 1–5, days 0–7 (days out of the last seven), emoji 1–5 for a child. */
export const SCALES = {
  agree5: { min: 1, max: 5 },
  satisfied5: { min: 1, max: 5 },
  emoji5: { min: 1, max: 5 },
  days7: { min: 0, max: 7 },
} as const;
export type ScaleId = keyof typeof SCALES;

export const itemSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'),
  text: localizedSchema,
  scale: z.enum(Object.keys(SCALES) as [ScaleId, ...ScaleId[]]),
  /** Scored as max + min − answer (a negatively worded item). */
  reverse: z.boolean().default(false),
  /** Who answers: the father, or the child (shown with faces, read aloud by dad). */
  audience: z.enum(['father', 'child']).default('father'),
});

export const instrumentSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'),
    version: z.string().min(1).max(40),
    title: localizedSchema,
    intro: localizedSchema,
    /** Who may use it: our own text, or a scale the center holds a licence for (name the holder). */
    licence: z.object({ kind: z.enum(['original', 'licensed', 'public']), holder: z.string().default(''), citation: z.string().default('') }),
    /** False for behaviour logs and checks that were never psychometrically validated; shown to the facilitator. */
    validated: z.boolean(),
    timePoints: z.array(z.enum(TIME_POINTS)).min(1),
    scoring: z.enum(['sum', 'mean']),
    /** Fewest answered items for a total; below it the total is left empty rather than guessed. */
    minAnswered: z.number().int().min(1),
    items: z.array(itemSchema).min(1).max(60),
    /** An optional open comment at the end (stored as a personal field). */
    comment: z.object({ prompt: localizedSchema }).nullable().default(null),
  })
  .superRefine((ins, ctx) => {
    const seen = new Set<string>();
    ins.items.forEach((it, i) => {
      if (seen.has(it.id)) ctx.addIssue({ code: 'custom', message: `duplicate item id "${it.id}"`, path: ['items', i, 'id'] });
      seen.add(it.id);
      if (ins.timePoints.includes('satisfaction') && SCALES[it.scale].max !== 5) {
        ctx.addIssue({ code: 'custom', message: 'satisfaction items must use a 5-point scale so results compare with the city figures', path: ['items', i, 'scale'] });
      }
    });
    if (ins.minAnswered > ins.items.length) ctx.addIssue({ code: 'custom', message: 'more than the number of items', path: ['minAnswered'] });
    if (ins.licence.kind === 'licensed' && !ins.licence.holder) ctx.addIssue({ code: 'custom', message: 'name the licence holder', path: ['licence', 'holder'] });
  });
export type Instrument = z.infer<typeof instrumentSchema>;
export type Item = Instrument['items'][number];

/** The scored total of a set of answers, or null when too few items were answered. */
export function scoreSurvey(ins: Instrument, answers: Readonly<Record<string, number>>): number | null {
  const values: number[] = [];
  for (const it of ins.items) {
    const v = answers[it.id];
    if (v === undefined) continue;
    const { min, max } = SCALES[it.scale];
    values.push(it.reverse ? max + min - v : v);
  }
  if (values.length < ins.minAnswered) return null;
  const m = values.reduce((a, b) => a + b, 0) / values.length;
  // A skipped item is filled with the father's own mean, so a sum stays comparable between pre and post.
  const total = ins.scoring === 'sum' ? m * ins.items.length : m;
  return Math.round(total * 100) / 100;
}
