import type { GameModule } from '../engine/contract.ts';
import { BodyMatch, type BodyMatchData } from './logic.ts';

export const game: GameModule<BodyMatchData, BodyMatch> = {
  id: 'body-match',
  createLogic: (level, seed) => new BodyMatch(level.data, seed),
  firstPrompt: (logic) => logic.prompt,
  scene: async () => (await import('./scene.ts')).BodyMatchScene,
};
