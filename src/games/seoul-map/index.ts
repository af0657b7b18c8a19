import type { GameModule, Prompt } from '../engine/contract.ts';
import type { Localized } from '../../shared/games/schema.ts';
import type { MapData, Place, PlanText } from './data.ts';
import { OutingMap, type PlaceId } from './logic.ts';
import placesFile from '../../../assets/games/seoul-map/places.json';
import planText from '../../../assets/games/seoul-map/plan-text.json';
import prompts from '../../../assets/games/seoul-map/prompts.json';

export type MapPrompts = Record<keyof typeof prompts, Prompt>;

export interface MapLogic {
  map: OutingMap;
  data: MapData;
  places: Map<PlaceId, Place>;
  prompts: MapPrompts;
  planText: PlanText;
  /** A prompt with the place's name, card text and safety tip filled in, in every language. */
  placePrompt(key: keyof MapPrompts, id: PlaceId): Prompt;
}

function fill(l: Localized, p: Place): Localized {
  const out = {} as Localized;
  for (const lng of Object.keys(l) as Array<keyof Localized>) {
    out[lng] = l[lng].replace('{{name}}', p.name[lng]).replace('{{see}}', p.see[lng]).replace('{{safety}}', p.safety[lng]);
  }
  return out;
}

export function createMapLogic(data: MapData): MapLogic {
  const list = placesFile.places as Place[];
  const places = new Map(list.map((p) => [p.id, p]));
  const map = new OutingMap(list, { offer: data.offer, planSize: data.planSize, placing: data.placing, radius: data.radius, glowAfter: data.glowAfter });
  return {
    map,
    data,
    places,
    prompts,
    planText: planText as PlanText,
    placePrompt: (key, id) => {
      const p = places.get(id) as Place;
      return { say: fill(prompts[key].say, p), dad: fill(prompts[key].dad, p) };
    },
  };
}

export const game: GameModule<MapData, MapLogic> = {
  id: 'seoul-map',
  createLogic: (level) => createMapLogic(level.data),
  firstPrompt: (logic) => logic.prompts.pick,
  scene: async () => (await import('./scene.ts')).SeoulMapScene,
};
