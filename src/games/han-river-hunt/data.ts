import { z } from 'zod';
import { localized } from '../../shared/games/schema.ts';
import { KINDS } from './logic.ts';

/** `data` of a levels/han-river-hunt/*.json file. */
export const levelData = z.strictObject({
  items: z.array(z.enum(KINDS)).min(3).max(10),
  questions: z.array(z.strictObject({ find: z.enum(KINDS), ask: z.enum(['who', 'what', 'where']), say: localized, dad: localized })).min(3),
});

export function checkLevel(level: { targets: number; data: unknown }): Array<{ path: Array<string | number>; message: string }> {
  const d = level.data as z.infer<typeof levelData>;
  const out: Array<{ path: Array<string | number>; message: string }> = [];
  if (new Set(d.items).size !== d.items.length) out.push({ path: ['data', 'items'], message: 'each thing may appear once in the picture' });
  d.questions.forEach((q, i) => {
    if (!d.items.includes(q.find)) out.push({ path: ['data', 'questions', i, 'find'], message: `"${q.find}" is not in data.items` });
  });
  // Finding the same thing twice in one round is dull: one question per target.
  if (level.targets > d.questions.length) out.push({ path: ['targets'], message: `is ${level.targets} but there are only ${d.questions.length} questions` });
  return out;
}
