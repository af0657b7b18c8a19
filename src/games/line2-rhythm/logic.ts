/**
 * 2호선 리듬 기차 — pure rules. Dad (drum) and child (bell) tap in turns; every accepted tap moves the
 * green-line train one step and a finished phrase brings it to the next station.
 *
 * Kindness rules (content brief §3.5): a tap never costs anything. Too early → the train waits and
 * chimes; the wrong player → a friendly wiggle; a tap after the train had stopped waiting (late)
 * simply starts the music again and still counts, so a child who cannot hold a beat yet still gets
 * the train home. On-beat taps are what make the ride flow (the streak drives the music).
 */
export type Player = 'dad' | 'child';

/** One hit of a phrase: who taps and how many beats after the previous hit. */
export interface Hit {
  who: Player;
  /** Beats since the previous hit (0.5, 1, 1.5 or 2); ignored for the first hit of a phrase. */
  gap: number;
}

export type RhythmMode =
  /** 3–5: dad, child, dad, child … one steady beat. */
  | 'turns'
  /** 6–7: dad plays a short call, the child answers with the same rhythm. */
  | 'echo'
  /** 8–12: the child makes up a rhythm, dad copies it. */
  | 'compose';

export interface RhythmRules {
  bpm: number;
  /** How far (ms) from the expected beat a tap still counts as on the beat. */
  windowMs: number;
  mode: RhythmMode;
  /** 'turns' and 'echo': the phrases, one per station, repeated when there are more stations. */
  phrases?: Hit[][];
  /** 'compose': how many hits the child makes up per phrase. */
  composeLength?: number;
  /** How many stations the ride has (each finished phrase reaches one). */
  stations: number;
}

export type TapKind =
  /** Counted, inside the window (or the first hit of a phrase). */
  | 'on-beat'
  /** Counted: the train had stopped waiting, this tap starts the beat again. */
  | 'restart'
  /** Not counted: before the beat's window — the train waits, a soft chime. */
  | 'early'
  /** Not counted: the other player's turn — a friendly wiggle, nothing lost. */
  | 'not-your-turn'
  /** Counted: the child's made-up rhythm is being recorded (compose mode). */
  | 'compose'
  /** Ignored: the ride is over. */
  | 'done';

export interface TapResult {
  kind: TapKind;
  counted: boolean;
  /** Set when this tap finished a phrase: the index of the station just reached (0-based). */
  station?: number;
  finished: boolean;
}

export interface Expectation {
  who: Player;
  /** The time (ms) the next hit is due, or null when any moment starts it (first hit of a phrase). */
  at: number | null;
  /** In compose mode, the child is making up the phrase: any time is fine. */
  free: boolean;
}

/** Beats are quantised to half beats between ½ and 2, the range a child can make and dad can copy. */
export function quantizeGap(ms: number, beatMs: number): number {
  const beats = Math.round((ms / beatMs) * 2) / 2;
  return Math.min(2, Math.max(0.5, beats));
}

export function beatMs(bpm: number): number {
  return 60_000 / bpm;
}

export class RhythmRound {
  readonly rules: RhythmRules;
  private station = 0;
  private hitIndex = 0;
  private lastHitAt: number | null = null;
  private phrase: Hit[];
  /** Compose mode: taps recorded from the child for dad to copy. */
  private composing: number[] = [];
  private streakCount = 0;

  constructor(rules: RhythmRules) {
    if (rules.mode !== 'compose' && !rules.phrases?.length) throw new Error(`mode ${rules.mode} needs phrases`);
    if (rules.mode === 'compose' && !(rules.composeLength && rules.composeLength > 1)) throw new Error('compose mode needs composeLength ≥ 2');
    this.rules = rules;
    this.phrase = this.phraseFor(0);
  }

  get beat(): number {
    return beatMs(this.rules.bpm);
  }

  /** Stations reached so far. */
  get stationsReached(): number {
    return this.station;
  }

  /** Consecutive on-beat hits: the music swells with it; it never punishes. */
  get streak(): number {
    return this.streakCount;
  }

  get finished(): boolean {
    return this.station >= this.rules.stations;
  }

  /** The current phrase (in compose mode, the one the child is making or dad is copying). */
  get currentPhrase(): readonly Hit[] {
    return this.phrase;
  }

  get position(): number {
    return this.hitIndex;
  }

  /** Compose mode: how many hits of the child's own rhythm are recorded so far. */
  get composed(): number {
    return this.composing.length;
  }

  private phraseFor(station: number): Hit[] {
    if (this.rules.mode === 'compose') return [];
    const list = this.rules.phrases as Hit[][];
    return list[station % list.length] as Hit[];
  }

  private get composingPhase(): boolean {
    return this.rules.mode === 'compose' && this.composing.length < (this.rules.composeLength as number) && this.phrase.length === 0;
  }

  expected(): Expectation {
    if (this.composingPhase) return { who: 'child', at: null, free: true };
    const hit = this.phrase[this.hitIndex] as Hit;
    const at = this.hitIndex === 0 || this.lastHitAt === null ? null : this.lastHitAt + hit.gap * this.beat;
    return { who: hit.who, at, free: false };
  }

  tap(who: Player, at: number): TapResult {
    if (this.finished) return { kind: 'done', counted: false, finished: true };
    if (this.composingPhase) return this.composeTap(who, at);
    const want = this.expected();
    if (who !== want.who) return { kind: 'not-your-turn', counted: false, finished: false };
    let kind: TapKind = 'on-beat';
    if (want.at !== null) {
      if (at < want.at - this.rules.windowMs) return { kind: 'early', counted: false, finished: false };
      if (at > want.at + this.rules.windowMs) kind = 'restart';
    }
    this.streakCount = kind === 'on-beat' ? this.streakCount + 1 : 1;
    this.lastHitAt = at;
    this.hitIndex += 1;
    if (this.hitIndex < this.phrase.length) return { kind, counted: true, finished: false };
    const reached = this.station;
    this.station += 1;
    this.hitIndex = 0;
    this.lastHitAt = null;
    this.composing = [];
    this.phrase = this.phraseFor(this.station);
    return { kind, counted: true, station: reached, finished: this.finished };
  }

  private composeTap(who: Player, at: number): TapResult {
    if (who !== 'child') return { kind: 'not-your-turn', counted: false, finished: false };
    this.composing.push(at);
    this.streakCount = 0;
    if (this.composing.length === this.rules.composeLength) {
      // The child's rhythm becomes dad's phrase: same gaps, quantised so a grown-up can copy it.
      this.phrase = this.composing.map((t, i) => ({ who: 'dad' as const, gap: i === 0 ? 1 : quantizeGap(t - (this.composing[i - 1] as number), this.beat) }));
      this.hitIndex = 0;
      this.lastHitAt = null;
    }
    return { kind: 'compose', counted: true, finished: false };
  }
}

/** The phrase for 'turns' mode: n hits alternating dad, child, one beat apart. */
export function alternating(n: number, first: Player = 'dad'): Hit[] {
  return Array.from({ length: n }, (_, i) => ({ who: (i % 2 === 0) === (first === 'dad') ? 'dad' : 'child', gap: 1 }));
}

/** An echo phrase: dad's call followed by the child answering with the same gaps. */
export function echo(call: number[]): Hit[] {
  const dad = call.map((gap) => ({ who: 'dad' as const, gap }));
  // The answer starts two beats after the call's last hit: room to hear it, then play it back.
  const child = call.map((gap, i) => ({ who: 'child' as const, gap: i === 0 ? 2 : gap }));
  return [...dad, ...child];
}
