import type { ContentProblem } from '../../content/problems.ts';
import { checkPrompts } from '../seoul-map/content-shared.ts';

export const PROMPT_KEYS = ['childTurn', 'dadTurn', 'match', 'mismatch'] as const;

/**
 * 서울숲 나비 짝맞추기: the spoken prompts (assets/games/butterfly-pairs/prompts.json). Levels and their `data` are checked by
 * the frame's src/games/content-check.ts through ./data.ts (`levelData`, `checkLevel`).
 */
export async function checkContent(root: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  checkPrompts(root, 'butterfly-pairs', PROMPT_KEYS, problems);
  return problems;
}
