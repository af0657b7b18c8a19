/**
 * The co-play round, free of Phaser and the DOM so its rules are tested on their own.
 *
 * Time is counted, never shown to the child: `playMs` (the child's turn, which sets the round's
 * length and dad's pauses) and `engagedMs` (play plus dad's talk, what the records keep). A held
 * session (page hidden, pause button) counts nothing. There is no fail state: a "wrong" tap is a
 * giggle and, after two in a row, a hint; the round ends on the level's targets or, once its minutes
 * are up, on the child's next success (so it always ends on a good note), or a grace period later.
 */
export interface SessionConfig {
  roundSeconds: number;
  targets: number;
  dadPauseSeconds: number;
  idleHintSeconds: number;
  /** After the round's time is up, how long to wait for one more success before ending anyway. */
  graceSeconds?: number;
}

export type SessionState = 'playing' | 'dad-pause' | 'ended' | 'done';

export type SessionEvent =
  | { type: 'dad-pause'; question: number }
  | { type: 'resumed' }
  | { type: 'hint'; count: number }
  | { type: 'giggle'; streak: number }
  | { type: 'success'; hits: number }
  | { type: 'end'; reason: 'targets' | 'time' };

export class CoplaySession {
  readonly cfg: Required<SessionConfig>;
  private stateNow: SessionState = 'playing';
  private last: number;
  private held = false;
  private childTurn = true;
  private play = 0;
  private engaged = 0;
  private idle = 0;
  private nextPauseAt: number;
  private questions = 0;
  private hintCount = 0;
  private hitsNow = 0;
  private missStreak = 0;
  private missesNow = 0;

  constructor(cfg: SessionConfig, now: number) {
    this.cfg = { graceSeconds: 30, ...cfg };
    this.last = now;
    this.nextPauseAt = this.cfg.dadPauseSeconds * 1000;
  }

  get state(): SessionState {
    return this.stateNow;
  }
  get hits(): number {
    return this.hitsNow;
  }
  get misses(): number {
    return this.missesNow;
  }
  get playSeconds(): number {
    return this.play / 1000;
  }
  /** Whole seconds of the activity (play and dad's talk), what `activity-completed` reports. */
  get seconds(): number {
    return Math.max(1, Math.round(this.engaged / 1000));
  }
  get timeUp(): boolean {
    return this.play >= this.cfg.roundSeconds * 1000;
  }
  /** True while the child's taps count (not in dad's pause, not held, not ended). */
  get accepting(): boolean {
    return this.stateNow === 'playing' && !this.held;
  }

  private advance(now: number): void {
    const dt = Math.max(0, now - this.last);
    this.last = now;
    if (this.held) return;
    if (this.stateNow === 'playing') {
      this.play += dt;
      this.engaged += dt;
      if (this.childTurn) this.idle += dt;
    } else if (this.stateNow === 'dad-pause') this.engaged += dt;
  }

  private end(reason: 'targets' | 'time'): SessionEvent {
    this.stateNow = 'ended';
    return { type: 'end', reason };
  }

  /** Call on every frame or timer tick; returns what the view should show. */
  tick(now: number): SessionEvent[] {
    this.advance(now);
    if (this.stateNow !== 'playing' || this.held) return [];
    if (this.play >= (this.cfg.roundSeconds + this.cfg.graceSeconds) * 1000) return [this.end('time')];
    if (this.play >= this.nextPauseAt && !this.timeUp) {
      this.stateNow = 'dad-pause';
      this.idle = 0;
      return [{ type: 'dad-pause', question: this.questions++ }];
    }
    if (this.childTurn && this.idle >= this.cfg.idleHintSeconds * 1000) {
      this.idle = 0;
      return [{ type: 'hint', count: ++this.hintCount }];
    }
    return [];
  }

  /** The child did what was asked. */
  hit(now: number): SessionEvent[] {
    this.advance(now);
    if (!this.accepting) return [];
    this.idle = 0;
    this.missStreak = 0;
    this.hitsNow += 1;
    const out: SessionEvent[] = [{ type: 'success', hits: this.hitsNow }];
    if (this.hitsNow >= this.cfg.targets) out.push(this.end('targets'));
    else if (this.timeUp) out.push(this.end('time'));
    return out;
  }

  /** A tap somewhere else: never a penalty, just a giggle (and a hint when it keeps happening). */
  miss(now: number): SessionEvent[] {
    this.advance(now);
    if (!this.accepting) return [];
    this.idle = 0;
    this.missesNow += 1;
    this.missStreak += 1;
    const out: SessionEvent[] = [{ type: 'giggle', streak: this.missStreak }];
    if (this.missStreak >= 2) {
      this.missStreak = 0;
      out.push({ type: 'hint', count: ++this.hintCount });
    }
    return out;
  }

  /** Any child input that is neither right nor wrong (a hop, a free tap): it only resets the idle clock. */
  touch(now: number): void {
    this.advance(now);
    this.idle = 0;
  }

  /** Dad has asked his question and taps to go on. */
  dadContinue(now: number): SessionEvent[] {
    this.advance(now);
    if (this.stateNow !== 'dad-pause') return [];
    this.stateNow = 'playing';
    this.idle = 0;
    this.nextPauseAt = this.play + this.cfg.dadPauseSeconds * 1000;
    return [{ type: 'resumed' }];
  }

  /** Some games hand the turn to dad (the music stops, dad reads a card): no idle hints meanwhile. */
  setChildTurn(on: boolean, now: number): void {
    this.advance(now);
    this.childTurn = on;
    this.idle = 0;
  }

  /** Page hidden or the pause button: the clocks stop. */
  hold(now: number): void {
    this.advance(now);
    this.held = true;
  }

  release(now: number): void {
    this.advance(now);
    this.held = false;
    this.idle = 0;
  }

  get isHeld(): boolean {
    return this.held;
  }

  /** The bridge card was done (or skipped): the calm end screen follows. Returns the seconds to record. */
  finish(): number {
    this.stateNow = 'done';
    return this.seconds;
  }
}
