import type { ContentProblem } from '../../content/problems.ts';
import { checkPlaceholders, checkPrompts, checkTargets, levelFiles, parseInto, readJson } from './content-shared.ts';
import { dataSchema, placesSchema, planTextSchema } from './data.ts';

export const PROMPT_KEYS = ['pick', 'placeGlow', 'placeFind', 'north', 'south', 'east', 'west', 'placed'] as const;

/** 서울 나들이 지도: the sixteen place cards, the printed plan's words, prompts, and each level's data. */
export async function checkContent(root: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const places = 'assets/games/seoul-map/places.json';
  const planText = 'assets/games/seoul-map/plan-text.json';
  const rawPlaces = readJson(root, places, problems);
  if (rawPlaces !== undefined && parseInto(placesSchema, rawPlaces, places, problems)) checkPlaceholders(rawPlaces, places, problems);
  const rawText = readJson(root, planText, problems);
  if (rawText !== undefined && parseInto(planTextSchema, rawText, planText, problems)) checkPlaceholders(rawText, planText, problems);
  checkPrompts(root, 'seoul-map', PROMPT_KEYS, problems);
  for (const [rel, level] of levelFiles(root, 'seoul-map', problems)) {
    const data = parseInto(dataSchema, level.data, rel, problems, 'data');
    if (data) checkTargets(rel, level, data.planSize, 'places in its plan (data.planSize)', problems);
  }
  return problems;
}
