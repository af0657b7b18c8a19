import { z } from 'zod';
import { localized } from '../../shared/games/schema.ts';
import { PLACE_IDS } from './logic.ts';

const placeId = z.enum(PLACE_IDS);

/** The `data` part of a 서울 나들이 지도 level. */
export const levelData = z
  .strictObject({
    // At most 10: the tray beside the map then holds stickers that take taps 20 mm across on a 10-inch tablet.
    offer: z.array(placeId).min(2).max(10),
    planSize: z.int().min(1).max(8),
    placing: z.enum(['glow', 'find']),
    // How near the spot a tap must land, in map widths. At least 0.11: the map is about 540 CSS px wide
    // on a 10-inch tablet, so the spot takes taps 20 mm across (the co-play frame's least target size).
    radius: z.number().min(0.11).max(0.3),
    glowAfter: z.int().min(1).max(5),
  })
  .superRefine((d, ctx) => {
    if (new Set(d.offer).size !== d.offer.length) ctx.addIssue({ code: 'custom', path: ['offer'], message: 'a sticker is offered twice' });
    if (d.planSize > d.offer.length) ctx.addIssue({ code: 'custom', path: ['planSize'], message: `planSize ${d.planSize} is more than the ${d.offer.length} stickers offered` });
  });
export type MapData = z.infer<typeof levelData>;

/** The round ends when the plan is full: `targets` must be `planSize`. */
export function checkLevel(level: { targets: number; data: MapData }): Array<{ path: Array<string | number>; message: string }> {
  const n = level.data.planSize;
  return level.targets === n ? [] : [{ path: ['targets'], message: `is ${level.targets} but the plan holds ${n} places (data.planSize)` }];
}

/** assets/games/seoul-map/places.json: each place's map spot and its card (what to see, a safety tip). */
export const placesSchema = z
  .strictObject({
    places: z.array(
      z.strictObject({
        id: placeId,
        x: z.number().min(0).max(1),
        y: z.number().min(0).max(1),
        name: localized,
        see: localized,
        safety: localized,
      }),
    ),
  })
  .superRefine((d, ctx) => {
    const seen = new Set<string>();
    d.places.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: ['places', i, 'id'], message: `duplicate place "${p.id}"` });
      seen.add(p.id);
    });
    for (const id of PLACE_IDS) if (!seen.has(id)) ctx.addIssue({ code: 'custom', path: ['places'], message: `place "${id}" is missing` });
  });
export type PlacesFile = z.infer<typeof placesSchema>;
export type Place = PlacesFile['places'][number];

/** assets/games/seoul-map/plan-text.json: the printed plan's words (content, in all five languages). */
export const planTextSchema = z.strictObject({
  title: localized,
  intro: localized,
  stop: localized,
  see: localized,
  safety: localized,
  date: localized,
  bring: localized,
  bringList: z.array(localized).min(3).max(8),
  print: localized,
  close: localized,
  dialogLabel: localized,
  footer: localized,
});
export type PlanText = z.infer<typeof planTextSchema>;
