import type { GameModule } from '../engine/contract.ts';
import { RiverHunt, type HuntData } from './logic.ts';

export const game: GameModule<HuntData, RiverHunt> = {
  id: 'han-river-hunt',
  createLogic: (level, seed) => new RiverHunt(level.data, seed),
  firstPrompt: (logic) => logic.prompt,
  scene: async () => (await import('./scene.ts')).RiverHuntScene,
};
