import { z } from 'zod';

/** Simplified Seoul building pieces (ART.md: a silhouette and one feature each, no marks). */
export const BLOCKS = ['hanok', 'gate', 'golden', 'glass', 'ddp', 'spire'] as const;
export type BlockKind = (typeof BLOCKS)[number];

/** The `data` part of a 높이 높이 탑 쌓기 level. */
export const levelData = z
  .strictObject({
    /** Both taps within this many ms drop the block (dad-then-child needs a generous window for 3–5). */
    togetherMs: z.int().min(300).max(4000),
    swingMs: z.int().min(2000).max(12000),
    swing: z.number().min(0).max(1.5),
    tolerance: z.number().min(0.1).max(1),
    /** The blocks bottom to top; the level's `targets` must equal their number. */
    blocks: z.array(z.enum(BLOCKS)).min(2).max(12),
  })
  .superRefine((d, ctx) => {
    const spire = d.blocks.indexOf('spire');
    if (spire >= 0 && spire !== d.blocks.length - 1) ctx.addIssue({ code: 'custom', path: ['blocks', spire], message: 'the spire can only go on top' });
  });
export type TowerData = z.infer<typeof levelData>;

/** The round ends when the tower is built: `targets` must be the number of blocks. */
export function checkLevel(level: { targets: number; data: TowerData }): Array<{ path: Array<string | number>; message: string }> {
  const n = level.data.blocks.length;
  return level.targets === n ? [] : [{ path: ['targets'], message: `is ${level.targets} but the tower has ${n} blocks (data.blocks)` }];
}
