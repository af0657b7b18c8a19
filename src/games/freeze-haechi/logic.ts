import type { Localized } from '../../shared/games/schema.ts';
import type { Prompt } from '../engine/contract.ts';

export const POSES = ['cheer', 'think', 'surprised', 'sleep', 'giggle', 'point'] as const;
export type Pose = (typeof POSES)[number];

export interface FreezePose {
  pose: Pose;
  say: Localized;
  dad: Localized;
}

export interface FreezeData {
  /** Music speed (1 = 120 bpm). */
  tempo: number;
  /** Stepping stones from the start to the palace gate. */
  lap: number;
  /** The prompt while the music plays. */
  music: { say: Localized; dad: Localized };
  /** What 해치 (and the child, for real) does at each freeze, in turn. */
  poses: FreezePose[];
  /** Dad's two buttons. */
  stopLabel: Localized;
  goLabel: Localized;
}

export type Phase = 'music' | 'frozen';

/**
 * 멈춰! 해치: while the music plays each tap moves 해치 a stone towards the palace gate; dad stops the
 * music (a drum), the child freezes in 해치's pose; dad starts the music again. A freeze the child held
 * is a success; a tap during the freeze only makes 해치 giggle and wiggle — no penalty, next time.
 */
export class FreezeHaechi {
  phase: Phase = 'music';
  stone = 0;
  laps = 0;
  held = 0;
  private moved = false;
  private poseAt = -1;

  constructor(private readonly data: FreezeData) {}

  get pose(): FreezePose | null {
    return this.phase === 'frozen' ? ((this.data.poses[this.poseAt % this.data.poses.length] as FreezePose) ?? null) : null;
  }

  get prompt(): Prompt {
    return this.pose ? { say: this.pose.say, dad: this.pose.dad } : this.data.music;
  }

  /** A child's tap: a step while the music plays, a wiggle during the freeze. */
  tap(): 'step' | 'gate' | 'wiggle' {
    if (this.phase === 'frozen') {
      this.moved = true;
      return 'wiggle';
    }
    this.stone += 1;
    if (this.stone >= this.data.lap) {
      this.stone = 0;
      this.laps += 1;
      return 'gate';
    }
    return 'step';
  }

  /** Dad's drum: the music stops and the next pose is struck. */
  stop(): FreezePose | null {
    if (this.phase === 'frozen') return this.pose;
    this.phase = 'frozen';
    this.moved = false;
    this.poseAt += 1;
    return this.pose;
  }

  /** Dad starts the music again: 'held' when the child stayed still through the freeze. */
  go(): 'held' | 'moved' | 'ignored' {
    if (this.phase === 'music') return 'ignored';
    this.phase = 'music';
    if (this.moved) return 'moved';
    this.held += 1;
    return 'held';
  }
}
