import type { Area } from '../shared/games/schema.ts';

/** 누리과정 area → stable i18n key (content files name areas in Korean, as the curriculum does). */
export const AREA_KEYS: Record<Area, string> = {
  '신체운동·건강': 'body',
  '의사소통': 'talk',
  '사회관계': 'social',
  '예술경험': 'art',
  '자연탐구': 'nature',
};
