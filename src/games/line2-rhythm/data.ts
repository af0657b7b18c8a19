import { z } from 'zod';
import { localized } from '../../shared/games/schema.ts';

const station = z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), name: localized });
const half = z.number().refine((n) => [0.5, 1, 1.5, 2].includes(n), 'a gap is 0.5, 1, 1.5 or 2 beats');
const common = {
  bpm: z.int().min(40).max(140),
  /** ± ms around the beat that still counts as on it: wide for 3–5, narrower as children grow. */
  windowMs: z.int().min(100).max(600),
  /** Each finished phrase reaches one station; the level's `targets` must equal their number. */
  stations: z.array(station).min(2).max(12),
};

/** The `data` part of a 2호선 리듬 기차 level (checked by content:check). */
export const levelData = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('turns'), hitsPerStation: z.int().min(2).max(12).refine((n) => n % 2 === 0, 'dad and child need the same number of taps: use an even number'), ...common }),
  z.strictObject({ mode: z.literal('echo'), calls: z.array(z.array(half).min(2).max(6)).min(1), ...common }),
  z.strictObject({ mode: z.literal('compose'), composeLength: z.int().min(2).max(8), ...common }),
]);
export type LineData = z.infer<typeof levelData>;

/** One station per finished phrase: the round's `targets` must be the number of stations. */
export function checkLevel(level: { targets: number; data: LineData }): Array<{ path: Array<string | number>; message: string }> {
  const n = level.data.stations.length;
  return level.targets === n ? [] : [{ path: ['targets'], message: `is ${level.targets} but the ride has ${n} stations (data.stations)` }];
}
export type Station = z.infer<typeof station>;
