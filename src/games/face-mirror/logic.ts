import type { Localized } from '../../shared/games/schema.ts';
import type { Prompt } from '../engine/contract.ts';
import { rng, shuffle } from '../engine/random.ts';

export const FEELINGS = ['happy', 'sad', 'angry', 'surprised', 'scared', 'sleepy', 'proud', 'shy', 'worried', 'disappointed'] as const;
export type Feeling = (typeof FEELINGS)[number];

export interface FaceRound {
  feeling: Feeling;
  say: Localized;
  dad: Localized;
}

export interface FaceMirrorData {
  /** How many faces to choose from (2 for the youngest, up to 4). */
  choices: number;
  /** Feelings the wrong choices are drawn from (besides each round's own). */
  pool: Feeling[];
  rounds: FaceRound[];
}

/**
 * 표정 거울: the mirror shows a face; the child picks the face that matches; dad names the feeling and
 * asks when the child felt it. Choices are drawn with a seeded shuffle so a round is reproducible.
 */
export class FaceMirror {
  private order: number[];
  private at = 0;
  private random: () => number;
  options: Feeling[] = [];

  constructor(private readonly data: FaceMirrorData, seed: number) {
    this.random = rng(seed);
    this.order = shuffle(
      data.rounds.map((_, i) => i),
      this.random,
    );
    this.deal();
  }

  get round(): FaceRound {
    return this.data.rounds[this.order[this.at % this.order.length] as number] as FaceRound;
  }

  get prompt(): Prompt {
    return { say: this.round.say, dad: this.round.dad };
  }

  /** Builds the choices for the current round: the right face plus distinct others from the pool. */
  private deal(): void {
    const target = this.round.feeling;
    const others = shuffle(
      [...new Set(this.data.pool)].filter((f) => f !== target),
      this.random,
    ).slice(0, this.data.choices - 1);
    this.options = shuffle([target, ...others], this.random);
  }

  pick(feeling: Feeling): 'hit' | 'miss' {
    return feeling === this.round.feeling ? 'hit' : 'miss';
  }

  next(): void {
    this.at += 1;
    this.deal();
  }
}
