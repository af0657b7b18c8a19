import type { ContentProblem } from '../../content/problems.ts';
import { checkPrompts } from '../seoul-map/content-shared.ts';

export const PROMPT_KEYS = ['start', 'waitChild', 'waitDad', 'stacked', 'wobble'] as const;

/**
 * 높이 높이 탑 쌓기: the spoken prompts (assets/games/tower-stack/prompts.json). Levels and their `data` are checked by
 * the frame's src/games/content-check.ts through ./data.ts (`levelData`, `checkLevel`).
 */
export async function checkContent(root: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  checkPrompts(root, 'tower-stack', PROMPT_KEYS, problems);
  return problems;
}
