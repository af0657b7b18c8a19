import type { GameModule } from '../engine/contract.ts';
import { FaceMirror, type FaceMirrorData } from './logic.ts';

export const game: GameModule<FaceMirrorData, FaceMirror> = {
  id: 'face-mirror',
  createLogic: (level, seed) => new FaceMirror(level.data, seed),
  firstPrompt: (logic) => logic.prompt,
  scene: async () => (await import('./scene.ts')).FaceMirrorScene,
};
