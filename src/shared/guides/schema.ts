import { z } from 'zod';
import { PLACE_IDS } from '../places.ts';

/**
 * Schema of a session guide file (assets/guides/<id>.json). A guide is data: the facilitator's class
 * mode, the printed handout and the family's home mission all read the same file, so a center adds
 * its own session by dropping one more file next to these (program "center").
 *
 * Kept free of browser imports: `npm run content:check` loads it under Node.
 */

/** The app's five languages; ko is the source. Mirrors src/i18n LANGUAGES (not imported: Node-safe). */
export const GUIDE_LANGUAGES = ['ko', 'en', 'zh', 'ja', 'vi'] as const;
export type GuideLanguage = (typeof GUIDE_LANGUAGES)[number];

/** Mirrors src/app/prefs.ts AGE_BANDS; 8–12 exists for 아자프로젝트 only. */
export const GUIDE_AGE_BANDS = ['0-2', '3-5', '6-7', '8-12'] as const;
export type GuideAgeBand = (typeof GUIDE_AGE_BANDS)[number];

/** The game ids and place ids a guide may link to (issue 5); anything else is a typo. */
export const GAME_IDS = ['body-match', 'face-mirror', 'freeze-haechi', 'han-river-hunt', 'line2-rhythm', 'seoul-map', 'butterfly-pairs', 'tower-stack'] as const;
export { PLACE_IDS, type PlaceId } from '../places.ts';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** One text in all five languages. Every language is required: a guide is never shown half-translated. */
export const localizedText = z.strictObject({
  ko: nonEmpty,
  en: nonEmpty,
  zh: nonEmpty,
  ja: nonEmpty,
  vi: nonEmpty,
});
export type LocalizedText = z.infer<typeof localizedText>;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and dashes (kebab-case)');

/**
 * A link to something the class can open together: `game:<game-id>` (route /play/<id>) or
 * `sheet:<place-id>-simple|detailed` / `sheet:seoul-map` (route /coloring/<sheet-id>).
 */
export const guideLink = z.union([
  z.templateLiteral(['game:', z.enum(GAME_IDS)]),
  z.templateLiteral(['sheet:', z.enum(PLACE_IDS), '-', z.enum(['simple', 'detailed'])]),
  z.literal('sheet:seoul-map'),
]);
export type GuideLink = z.infer<typeof guideLink>;

/**
 * The block a step belongs to, in the standard session order (content brief §6.0). `outing` and
 * `activity` are for outing days and center-made sessions that do not follow the template.
 */
export const STEP_KINDS = ['arrival', 'opening', 'dad-talk', 'guided-play', 'tablet-coplay', 'coloring', 'closing', 'outing', 'activity'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** Most minutes a class may spend on tablets in one session (content brief §3.1). */
export const MAX_TABLET_MINUTES = 10;

export const ageVariant = z.strictObject({
  /** The age band this variant is for. */
  band: z.enum(GUIDE_AGE_BANDS),
  /** How the activity changes for that band, in a sentence or two. */
  text: localizedText,
});

export const guideStep = z.strictObject({
  /** Unique within the guide (kebab-case); survey timings point at it. */
  id: slug,
  /** The block of the session template this step is. */
  kind: z.enum(STEP_KINDS),
  /** Planned minutes; the presenter's timer starts from this. Steps add up to durationMinutes. */
  minutes: z.number().int().min(1).max(180),
  /** Short heading shown huge on the projector. */
  title: localizedText,
  /** What happens in this step, said to the room (one or two sentences). */
  summary: localizedText,
  /** Points the facilitator says or demonstrates (projected as a list). */
  talkingPoints: z.array(localizedText).default([]),
  /** Questions to ask the fathers or the children. */
  questions: z.array(localizedText).default([]),
  /** Per-age-band changes to this step (optional; the guide-level variants always apply). */
  variants: z.array(ageVariant).default([]),
  /** Games or sheets the whole class can open from this step. */
  links: z.array(guideLink).default([]),
});
export type GuideStep = z.infer<typeof guideStep>;

export const material = z.strictObject({
  /** Stable id (kebab-case), so a ticked checklist survives a re-worded item. */
  id: slug,
  /** The item, with amounts where they matter ("a soft mat per family"). */
  text: localizedText,
  /** Only needed for these age bands; omitted = every band. */
  bands: z.array(z.enum(GUIDE_AGE_BANDS)).optional(),
});

export const homeMission = z.strictObject({
  /** Globally unique mission id (kebab-case); records count completions by it. */
  id: slug,
  /** The mission in a few words (card heading). */
  title: localizedText,
  /** What the family does at home this week, said to the father. */
  text: localizedText,
  /** How often, e.g. "3 times this week" — shown on the card and the family screen. */
  howOften: localizedText,
  /** Small tips printed on the take-home card. */
  tips: z.array(localizedText).default([]),
});

export const SURVEY_KINDS = ['pre', 'post', 'satisfaction'] as const;

export const surveyTiming = z.strictObject({
  /** pre = before the program (first session), post = after it (last session), satisfaction = every session. */
  kind: z.enum(SURVEY_KINDS),
  /** The step during which fathers fill it in (a step id of this guide). */
  during: slug,
  /** Minutes it takes. */
  minutes: z.number().int().min(1).max(30),
});

export const PROGRAMS = ['dal', 'aja', 'center'] as const;
export type Program = (typeof PROGRAMS)[number];

export const guideSchema = z.strictObject({
  /** Schema version of this file. */
  schema: z.literal(1),
  /** File name without .json (checked): dal-01-know-your-child. */
  id: slug,
  /** dal = 아빠육아달인, aja = 아자프로젝트, center = a center's own session. */
  program: z.enum(PROGRAMS),
  /** Name of the center's own program; required when program is "center". */
  programName: localizedText.optional(),
  /** Order within the program (1 = first session). 아자 themes use their menu number. */
  session: z.number().int().min(1).max(99),
  /** True for a session a center may skip (달인 S7 나들이 데이). */
  optional: z.boolean().default(false),
  /** Session title. */
  title: localizedText,
  /** The goal in one or two sentences: what fathers and children take away. */
  goal: localizedText,
  /** Total planned minutes; must equal the sum of the steps' minutes. */
  durationMinutes: z.number().int().min(10).max(300),
  /** Father-child pairs the session is planned for, and who runs it. */
  groupSize: z.strictObject({
    minDyads: z.number().int().min(1),
    maxDyads: z.number().int().min(1),
    /** Staffing, e.g. "1 lecturer, 1 staff member, 1 assistant". */
    staff: localizedText,
  }),
  /** The age bands the session suits, each with how it is adapted. Filters the guide list. */
  ageBands: z.array(ageVariant).min(1),
  /** 누리과정/표준보육과정 areas the session serves, for curriculum reports. */
  curriculumAreas: z.array(z.enum(['body-health', 'communication', 'social', 'art', 'nature', 'daily-life'])).default([]),
  /** Materials checklist for the facilitator. */
  materials: z.array(material).min(1),
  /** The session timeline, in order. */
  steps: z.array(guideStep).min(1),
  /** Safety notes (rough-play rules, outings, allergies…), printed in a box on the handout. */
  safety: z.array(localizedText).default([]),
  /** This week's home mission, shown to families after the session and printed on the take-home card. */
  homeMission,
  /** When the surveys happen in this session (satisfaction in every session; pre in the first, post in the last). */
  surveys: z.array(surveyTiming).default([]),
});

export type Guide = z.infer<typeof guideSchema>;
/** A guide as authored (defaults not yet applied). */
export type GuideInput = z.input<typeof guideSchema>;

/** Every link a guide makes, in first-use order, without repeats. */
export function guideLinks(g: Pick<Guide, 'steps'>): GuideLink[] {
  return [...new Set(g.steps.flatMap((s) => s.links))];
}

/** Rules across fields that a plain shape cannot say; each names the field it concerns. */
export function guideRuleProblems(g: Guide): Array<{ field: string; message: string }> {
  const out: Array<{ field: string; message: string }> = [];
  const total = g.steps.reduce((n, s) => n + s.minutes, 0);
  if (total !== g.durationMinutes) out.push({ field: 'durationMinutes', message: `is ${g.durationMinutes} but the steps add up to ${total} minutes` });
  const ids = new Set<string>();
  g.steps.forEach((s, i) => {
    if (ids.has(s.id)) out.push({ field: `steps[${i}].id`, message: `"${s.id}" is used by an earlier step` });
    ids.add(s.id);
    if (s.kind === 'tablet-coplay' && s.minutes > MAX_TABLET_MINUTES) out.push({ field: `steps[${i}].minutes`, message: `tablet co-play is limited to ${MAX_TABLET_MINUTES} minutes (content brief §3.1)` });
  });
  g.surveys.forEach((s, i) => {
    if (!ids.has(s.during)) out.push({ field: `surveys[${i}].during`, message: `no step has the id "${s.during}"` });
  });
  if (!g.surveys.some((s) => s.kind === 'satisfaction')) out.push({ field: 'surveys', message: 'every session has a satisfaction survey' });
  if (g.groupSize.maxDyads < g.groupSize.minDyads) out.push({ field: 'groupSize.maxDyads', message: 'is smaller than minDyads' });
  if (g.program === 'center' && !g.programName) out.push({ field: 'programName', message: 'a center guide names its program' });
  if (g.program === 'dal' && g.ageBands.some((b) => b.band === '8-12')) out.push({ field: 'ageBands', message: '아빠육아달인 is for ages 0–7; the 8–12 band is for 아자 and center guides' });
  const mids = new Set<string>();
  g.materials.forEach((m, i) => {
    if (mids.has(m.id)) out.push({ field: `materials[${i}].id`, message: `"${m.id}" is used twice` });
    mids.add(m.id);
  });
  return out;
}
