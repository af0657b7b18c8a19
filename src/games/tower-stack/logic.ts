/**
 * 높이 높이 탑 쌓기 — pure rules. A crane swings the next building block; when dad and the child both
 * tap (together, or dad then child within a short window) the block drops. A block set too far off
 * makes the tower wobble — and 해치 sets it straight again. The tower never falls for good.
 */
export type Player = 'dad' | 'child';

export interface TowerRules {
  /** How many blocks make the tower (the round's goal). */
  blocks: number;
  /** Both taps within this many ms count as "together". */
  togetherMs: number;
  /** Crane swing period in ms (a full left→right→left). */
  swingMs: number;
  /** Crane swing half-width, in block widths, either side of the tower's centre line. */
  swing: number;
  /** An offset (in block widths) up to this much sits; more makes the tower wobble. */
  tolerance: number;
}

export type PressResult =
  | { kind: 'waiting-for'; who: Player }
  | { kind: 'drop'; together: boolean };

export type DropResult =
  | { kind: 'stacked'; offset: number; height: number; complete: boolean }
  | { kind: 'wobble'; offset: number; height: number; complete: boolean };

/** The crane's position at time t: a triangle wave in [-swing, swing], 0 at t = 0. */
export function craneOffset(t: number, rules: Pick<TowerRules, 'swingMs' | 'swing'>): number {
  const p = (((t / rules.swingMs) % 1) + 1) % 1;
  // 0 → +swing at ¼ → 0 at ½ → −swing at ¾ → 0.
  const tri = p < 0.25 ? p * 4 : p < 0.75 ? 2 - p * 4 : p * 4 - 4;
  return tri * rules.swing;
}

export class TowerRound {
  private pressedAt: Partial<Record<Player, number>> = {};
  private stack: number[] = [];
  private wobbles = 0;

  constructor(readonly rules: TowerRules) {
    if (rules.blocks < 2) throw new Error('a tower needs at least two blocks');
  }

  get height(): number {
    return this.stack.length;
  }

  get complete(): boolean {
    return this.stack.length >= this.rules.blocks;
  }

  /** Offsets (block widths from the centre line) of the blocks that stand, bottom first. */
  get offsets(): readonly number[] {
    return this.stack;
  }

  /** How often 해치 had to straighten the tower: said kindly, never shown as a score. */
  get rebuilds(): number {
    return this.wobbles;
  }

  /**
   * One player's tap. Drops when the other player tapped within `togetherMs` — in either order, so
   * two hands on the glass at once work as well as "dad first, then you".
   */
  press(who: Player, at: number): PressResult {
    if (this.complete) return { kind: 'waiting-for', who: who === 'dad' ? 'child' : 'dad' };
    const other: Player = who === 'dad' ? 'child' : 'dad';
    const otherAt = this.pressedAt[other];
    if (otherAt !== undefined && at - otherAt <= this.rules.togetherMs && at >= otherAt) {
      this.pressedAt = {};
      return { kind: 'drop', together: at - otherAt <= 150 };
    }
    this.pressedAt = { [who]: at };
    return { kind: 'waiting-for', who: other };
  }

  /** The block lands at `craneAt` (the crane's offset when it was released). */
  land(craneAt: number): DropResult {
    const below = this.stack[this.stack.length - 1] ?? 0;
    const offset = craneAt - below;
    if (Math.abs(offset) <= this.rules.tolerance) {
      this.stack.push(craneAt);
      return { kind: 'stacked', offset, height: this.stack.length, complete: this.complete };
    }
    // The kind rebuild: the block wobbles, then settles squarely on the one below, and still counts.
    this.wobbles += 1;
    this.stack.push(below);
    return { kind: 'wobble', offset, height: this.stack.length, complete: this.complete };
  }
}
