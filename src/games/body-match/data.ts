import { z } from 'zod';
import { localized } from '../../shared/games/schema.ts';
import { PARTS } from './logic.ts';

/** `data` of a levels/body-match/*.json file. */
export const levelData = z.strictObject({
  steps: z
    .array(z.strictObject({ parts: z.array(z.enum(PARTS)).min(1).max(3), say: localized, dad: localized }))
    .min(3),
  shuffle: z.boolean().default(true),
});

export function checkLevel(level: { ageBand: string; data: unknown }): Array<{ path: Array<string | number>; message: string }> {
  const data = level.data as z.infer<typeof levelData>;
  const out: Array<{ path: Array<string | number>; message: string }> = [];
  data.steps.forEach((s, i) => {
    // Little ones get one part at a time; a sequence is a 6+ stretch.
    if (level.ageBand === '3-5' && s.parts.length > 1) out.push({ path: ['data', 'steps', i, 'parts'], message: '3-5 levels ask for one part at a time' });
    if (new Set(s.parts).size !== s.parts.length) out.push({ path: ['data', 'steps', i, 'parts'], message: 'a part appears twice in one step' });
  });
  return out;
}
