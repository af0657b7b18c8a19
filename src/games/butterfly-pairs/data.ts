import { z } from 'zod';

export const WING_COLORS = ['amber', 'red', 'jade', 'blue', 'sky', 'grass', 'plum'] as const;
export const WING_PATTERNS = ['spots', 'stripes', 'hearts', 'stars', 'zigzag', 'rings'] as const;

const wing = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  color: z.enum(WING_COLORS),
  pattern: z.enum(WING_PATTERNS),
});

/** The `data` part of a 서울숲 나비 짝맞추기 level: the wing designs (two cards each) and a shuffle seed. */
export const levelData = z
  .strictObject({ seed: z.int().min(0), wings: z.array(wing).min(2).max(8) })
  .superRefine((d, ctx) => {
    const ids = new Set<string>();
    const looks = new Set<string>();
    d.wings.forEach((w, i) => {
      if (ids.has(w.id)) ctx.addIssue({ code: 'custom', path: ['wings', i, 'id'], message: `duplicate wing id "${w.id}"` });
      // Two designs that look the same would make a pair that cannot be told apart.
      const look = `${w.color}/${w.pattern}`;
      if (looks.has(look)) ctx.addIssue({ code: 'custom', path: ['wings', i], message: `another wing is already ${look}` });
      ids.add(w.id);
      looks.add(look);
    });
  });
export type PairsData = z.infer<typeof levelData>;

/** The round ends when every pair is found: `targets` must be the number of wing designs. */
export function checkLevel(level: { targets: number; data: PairsData }): Array<{ path: Array<string | number>; message: string }> {
  const n = level.data.wings.length;
  return level.targets === n ? [] : [{ path: ['targets'], message: `is ${level.targets} but the level has ${n} pairs (data.wings)` }];
}
