import type { ContentProblem } from '../../content/problems.ts';
import { checkPrompts, checkTargets, levelFiles, parseInto } from '../seoul-map/content-shared.ts';
import { dataSchema } from './data.ts';

export const PROMPT_KEYS = ['childTurn', 'dadTurn', 'match', 'mismatch'] as const;

/** 서울숲 나비 짝맞추기: prompts, and each level's wings (the round ends when every pair is found). */
export async function checkContent(root: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  checkPrompts(root, 'butterfly-pairs', PROMPT_KEYS, problems);
  for (const [rel, level] of levelFiles(root, 'butterfly-pairs', problems)) {
    const data = parseInto(dataSchema, level.data, rel, problems, 'data');
    if (data) checkTargets(rel, level, data.wings.length, 'pairs (data.wings)', problems);
  }
  return problems;
}
