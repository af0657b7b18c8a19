import type { ContentProblem } from '../../content/problems.ts';
import { checkPrompts, checkTargets, levelFiles, parseInto } from '../seoul-map/content-shared.ts';
import { dataSchema } from './data.ts';

export const PROMPT_KEYS = ['start', 'childTurn', 'dadTurn', 'station', 'echoCall', 'echoAnswer', 'compose', 'copy'] as const;

/** 2호선 리듬 기차: prompts, and each level's data (one station per finished phrase). */
export async function checkContent(root: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  checkPrompts(root, 'line2-rhythm', PROMPT_KEYS, problems);
  for (const [rel, level] of levelFiles(root, 'line2-rhythm', problems)) {
    const data = parseInto(dataSchema, level.data, rel, problems, 'data');
    if (data) checkTargets(rel, level, data.stations.length, 'stations (data.stations)', problems);
  }
  return problems;
}
