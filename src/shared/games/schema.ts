import { z } from 'zod';

/**
 * The shape of game content: `levels/<game-id>/game.json` (the game's descriptor) and
 * `levels/<game-id>/<level-id>.json` (one level each). Games add the schema of their level's `data`
 * part in `src/games/<id>/data.ts`. Shared by the build-time content check and, as types only, by
 * the browser (content is validated before it ships, so no zod runs on the child's device).
 */
export const LANGS = ['ko', 'en', 'zh', 'ja', 'vi'] as const;
export type Lang = (typeof LANGS)[number];

const text = z.string().trim().min(1, 'must not be empty');
/** Text a person reads or hears, in every language the app speaks. */
export const localized = z.strictObject({ ko: text, en: text, zh: text, ja: text, vi: text });
export type Localized = z.infer<typeof localized>;

/** 2019 개정 누리과정's five areas (the 0–2 bands' 기본생활 folds into 신체운동·건강). */
export const AREAS = ['신체운동·건강', '의사소통', '사회관계', '예술경험', '자연탐구'] as const;
export type Area = (typeof AREAS)[number];

/** Bands that play on the screen; 0–2 gets dad-facing cards instead. */
export const PLAY_BANDS = ['3-5', '6-7', '8-12'] as const;
export type PlayBand = (typeof PLAY_BANDS)[number];
export const ALL_BANDS = ['0-2', ...PLAY_BANDS] as const;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by "-"');

/** A dad-facing card for 0–2: an off-screen play, what to say, and how long dad's timer runs. */
export const playCard = z.strictObject({
  id: slug,
  title: localized,
  do: localized,
  say: z.array(localized).min(1),
  /** Dad's timer; short, because a baby's attention is. */
  seconds: z.int().min(30).max(600),
});
export type PlayCard = z.infer<typeof playCard>;

export const gameDescriptor = z
  .strictObject({
    id: slug,
    title: localized,
    /** One line under the title on the game list. */
    tagline: localized,
    areas: z.array(z.enum(AREAS)).min(1),
    /** Bands with screen levels; 0–2 is offered through `playCards`. */
    ageBands: z.array(z.enum(ALL_BANDS)).min(1),
    dadCard: z.strictObject({ goal: localized, say: z.array(localized).min(1).max(6) }),
    bridgeCard: z.strictObject({ title: localized, body: localized }),
    playCards: z.array(playCard).max(8).default([]),
  })
  .superRefine((g, ctx) => {
    const baby = g.ageBands.includes('0-2');
    if (baby && g.playCards.length === 0) ctx.addIssue({ code: 'custom', path: ['playCards'], message: 'the 0-2 band needs at least one play card' });
    const seen = new Set<string>();
    g.playCards.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['playCards', i, 'id'], message: `duplicate card id "${c.id}"` });
      seen.add(c.id);
    });
  });
export type GameDescriptor = z.infer<typeof gameDescriptor>;

/** The frame's part of a level: length, pacing, dad's questions. The game's own part is `data`. */
export const levelBase = z.strictObject({
  id: slug,
  ageBand: z.enum(PLAY_BANDS),
  /** Sort order on the intro screen. */
  order: z.int().min(0).default(0),
  title: localized,
  /** The round's length in play minutes (2–4, content brief §3.1); it may end earlier on `targets`. */
  minutes: z.number().min(2).max(4),
  /** Successful actions that finish the round. */
  targets: z.int().min(1).max(60),
  /** Seconds of play between dad's question pauses (30–60). */
  dadPauseSeconds: z.int().min(30).max(60).default(45),
  /** Quiet seconds before a gentle hint (7–10, content brief §3.4). */
  idleHintSeconds: z.number().min(5).max(12).default(8),
  /** What dad asks in the pauses, used in turn. */
  dadQuestions: z.array(localized).min(1),
  /** The spoken idle hint when the game has no more specific one. */
  hint: localized,
  /** Overrides the game's bridge card for this level. */
  bridge: z.strictObject({ title: localized, body: localized }).optional(),
  data: z.unknown(),
});
export type LevelBase = z.infer<typeof levelBase>;
export type Level<D = unknown> = Omit<LevelBase, 'data'> & { data: D };
