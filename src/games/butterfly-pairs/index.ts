import type { GameModule, Prompt } from '../engine/contract.ts';
import type { PairsData } from './data.ts';
import { PairsRound, type Player } from './logic.ts';
import prompts from '../../../assets/games/butterfly-pairs/prompts.json';

export type PairsPrompts = typeof prompts;

/** What the scene draws from: the round's rules and the words it speaks. */
export interface PairsLogic {
  round: PairsRound;
  prompts: PairsPrompts;
  /** The prompt for whoever's turn it is now. */
  turnPrompt(): Prompt;
}

export function createPairsLogic(data: PairsData, seed: number): PairsLogic {
  // The level's seed keeps a class's tablets comparable; the round's seed still varies the deal.
  const round = new PairsRound(data.wings, (data.seed ^ seed) >>> 0, 'child');
  const turnPrompt = (who: Player = round.turn): Prompt => (who === 'dad' ? prompts.dadTurn : prompts.childTurn);
  return { round, prompts, turnPrompt: () => turnPrompt() };
}

export const game: GameModule<PairsData, PairsLogic> = {
  id: 'butterfly-pairs',
  createLogic: (level, seed) => createPairsLogic(level.data, seed),
  firstPrompt: (logic) => logic.turnPrompt(),
  scene: async () => (await import('./scene.ts')).ButterflyPairsScene,
};
