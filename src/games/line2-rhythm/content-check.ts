import type { ContentProblem } from '../../content/problems.ts';
import { checkPrompts } from '../seoul-map/content-shared.ts';

export const PROMPT_KEYS = ['start', 'childTurn', 'dadTurn', 'station', 'echoCall', 'echoAnswer', 'compose', 'copy'] as const;

/**
 * 2호선 리듬 기차: the spoken prompts (assets/games/line2-rhythm/prompts.json). Levels and their `data` are checked by
 * the frame's src/games/content-check.ts through ./data.ts (`levelData`, `checkLevel`).
 */
export async function checkContent(root: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  checkPrompts(root, 'line2-rhythm', PROMPT_KEYS, problems);
  return problems;
}
