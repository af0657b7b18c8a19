import type { ContentProblem } from '../../content/problems.ts';
import { checkPlaceholders, checkPrompts, parseInto, readJson } from './content-shared.ts';
import { placesSchema, planTextSchema } from './data.ts';

export const PROMPT_KEYS = ['pick', 'placeGlow', 'placeFind', 'north', 'south', 'east', 'west', 'placed'] as const;

/** 서울 나들이 지도: the sixteen place cards, the printed plan's words and the prompts (levels: see data.ts). */
export async function checkContent(root: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const places = 'assets/games/seoul-map/places.json';
  const planText = 'assets/games/seoul-map/plan-text.json';
  const rawPlaces = readJson(root, places, problems);
  if (rawPlaces !== undefined && parseInto(placesSchema, rawPlaces, places, problems)) checkPlaceholders(rawPlaces, places, problems);
  const rawText = readJson(root, planText, problems);
  if (rawText !== undefined && parseInto(planTextSchema, rawText, planText, problems)) checkPlaceholders(rawText, planText, problems);
  checkPrompts(root, 'seoul-map', PROMPT_KEYS, problems);
  return problems;
}
