import { z } from 'zod';
import { localized } from '../../shared/games/schema.ts';
import { FEELINGS } from './logic.ts';

/** `data` of a levels/face-mirror/*.json file. */
export const levelData = z.strictObject({
  choices: z.int().min(2).max(4),
  pool: z.array(z.enum(FEELINGS)).min(2),
  rounds: z.array(z.strictObject({ feeling: z.enum(FEELINGS), say: localized, dad: localized })).min(3),
});

export function checkLevel(level: { data: unknown }): Array<{ path: Array<string | number>; message: string }> {
  const d = level.data as z.infer<typeof levelData>;
  const out: Array<{ path: Array<string | number>; message: string }> = [];
  d.rounds.forEach((r, i) => {
    const others = new Set(d.pool.filter((f) => f !== r.feeling));
    if (others.size < d.choices - 1) out.push({ path: ['data', 'rounds', i, 'feeling'], message: `the pool needs ${d.choices - 1} other feelings for "${r.feeling}"` });
  });
  return out;
}
