import type { GameModule } from '../engine/contract.ts';
import { FreezeHaechi, type FreezeData } from './logic.ts';

export const game: GameModule<FreezeData, FreezeHaechi> = {
  id: 'freeze-haechi',
  createLogic: (level) => new FreezeHaechi(level.data),
  firstPrompt: (logic) => logic.prompt,
  scene: async () => (await import('./scene.ts')).FreezeHaechiScene,
};
