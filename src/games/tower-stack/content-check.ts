import type { ContentProblem } from '../../content/problems.ts';
import { checkPrompts, checkTargets, levelFiles, parseInto } from '../seoul-map/content-shared.ts';
import { dataSchema } from './data.ts';

export const PROMPT_KEYS = ['start', 'waitChild', 'waitDad', 'stacked', 'wobble'] as const;

/** 높이 높이 탑 쌓기: prompts, and each level's blocks (the round ends when the tower is built). */
export async function checkContent(root: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  checkPrompts(root, 'tower-stack', PROMPT_KEYS, problems);
  for (const [rel, level] of levelFiles(root, 'tower-stack', problems)) {
    const data = parseInto(dataSchema, level.data, rel, problems, 'data');
    if (data) checkTargets(rel, level, data.blocks.length, 'blocks (data.blocks)', problems);
  }
  return problems;
}
