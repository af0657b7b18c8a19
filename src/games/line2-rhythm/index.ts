import type { GameModule, Prompt } from '../engine/contract.ts';
import type { Localized } from '../../shared/games/schema.ts';
import type { LineData } from './data.ts';
import { RhythmRound, alternating, echo, type RhythmRules } from './logic.ts';
import prompts from '../../../assets/games/line2-rhythm/prompts.json';

export interface LineLogic {
  round: RhythmRound;
  data: LineData;
  prompts: Record<keyof typeof prompts, Prompt>;
  /** The prompt for the start of the current phrase (it depends on the mode). */
  phrasePrompt(): Prompt;
  /** The station prompt with the station's name filled in, in every language. */
  stationPrompt(index: number): Prompt;
}

export function rulesFor(data: LineData): RhythmRules {
  const base = { bpm: data.bpm, windowMs: data.windowMs, stations: data.stations.length };
  switch (data.mode) {
    case 'turns':
      return { ...base, mode: 'turns', phrases: [alternating(data.hitsPerStation)] };
    case 'echo':
      return { ...base, mode: 'echo', phrases: data.calls.map(echo) };
    case 'compose':
      return { ...base, mode: 'compose', composeLength: data.composeLength };
  }
}

function fill(l: Localized, name: Localized): Localized {
  return Object.fromEntries(Object.entries(l).map(([lng, s]) => [lng, s.replace('{{station}}', name[lng as keyof Localized])])) as Localized;
}

export function createLineLogic(data: LineData): LineLogic {
  const round = new RhythmRound(rulesFor(data));
  return {
    round,
    data,
    prompts,
    phrasePrompt: () => (data.mode === 'turns' ? prompts.start : data.mode === 'echo' ? prompts.echoCall : prompts.compose),
    stationPrompt: (i) => {
      const name = (data.stations[i] ?? data.stations[0])!.name;
      return { say: fill(prompts.station.say, name), dad: fill(prompts.station.dad, name) };
    },
  };
}

export const game: GameModule<LineData, LineLogic> = {
  id: 'line2-rhythm',
  createLogic: (level) => createLineLogic(level.data),
  firstPrompt: (logic) => logic.phrasePrompt(),
  scene: async () => (await import('./scene.ts')).Line2RhythmScene,
};
