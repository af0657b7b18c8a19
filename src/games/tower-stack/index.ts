import type { GameModule, Prompt } from '../engine/contract.ts';
import type { TowerData } from './data.ts';
import { TowerRound } from './logic.ts';
import prompts from '../../../assets/games/tower-stack/prompts.json';

export interface TowerLogic {
  round: TowerRound;
  data: TowerData;
  prompts: Record<keyof typeof prompts, Prompt>;
}

export const game: GameModule<TowerData, TowerLogic> = {
  id: 'tower-stack',
  createLogic: (level) => ({
    round: new TowerRound({ blocks: level.data.blocks.length, togetherMs: level.data.togetherMs, swingMs: level.data.swingMs, swing: level.data.swing, tolerance: level.data.tolerance }),
    data: level.data,
    prompts,
  }),
  // The level's hint says it in the band's own words (3–5: "dad's hand, then yours"; 6–7: the crane).
  firstPrompt: (logic, level) => ({ say: level.hint, dad: logic.prompts.start.dad }),
  scene: async () => (await import('./scene.ts')).TowerStackScene,
};
