import { z } from 'zod';
import { localized } from '../../shared/games/schema.ts';
import { POSES } from './logic.ts';

/** `data` of a levels/freeze-haechi/*.json file. */
export const levelData = z.strictObject({
  tempo: z.number().min(0.7).max(1.5),
  lap: z.int().min(4).max(20),
  music: z.strictObject({ say: localized, dad: localized }),
  poses: z.array(z.strictObject({ pose: z.enum(POSES), say: localized, dad: localized })).min(2),
  stopLabel: localized,
  goLabel: localized,
});
