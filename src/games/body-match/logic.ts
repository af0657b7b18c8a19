import type { Localized } from '../../shared/games/schema.ts';
import type { Prompt } from '../engine/contract.ts';
import { rng, shuffle } from '../engine/random.ts';

/** Body parts the dad avatar offers as big tap zones (small parts such as the nose would be too close together). */
export const PARTS = ['head', 'shoulders', 'hands', 'tummy', 'knees', 'feet'] as const;
export type Part = (typeof PARTS)[number];

export interface BodyStep {
  /** One part for 3–5; two or three in order ("head, then knees") for older children. */
  parts: Part[];
  say: Localized;
  dad: Localized;
}

export interface BodyMatchData {
  steps: BodyStep[];
  shuffle: boolean;
}

export type TapResult = 'progress' | 'hit' | 'miss';

/**
 * 우리 몸 짝꿍: 해치 shows a body part, the child taps it on dad's figure, then they do it for real.
 * Steps come in a seeded order and repeat if the level asks for more targets than it has steps.
 */
export class BodyMatch {
  private order: number[];
  private at = 0;
  /** How many parts of the current step are already tapped. */
  done = 0;

  constructor(private readonly data: BodyMatchData, seed: number) {
    const idx = data.steps.map((_, i) => i);
    this.order = data.shuffle ? shuffle(idx, rng(seed)) : idx;
  }

  get step(): BodyStep {
    return this.data.steps[this.order[this.at % this.order.length] as number] as BodyStep;
  }

  /** The part the child should tap now. */
  get wanted(): Part {
    return this.step.parts[this.done] as Part;
  }

  get prompt(): Prompt {
    return { say: this.step.say, dad: this.step.dad };
  }

  tap(part: Part): TapResult {
    if (part !== this.wanted) return 'miss';
    this.done += 1;
    if (this.done < this.step.parts.length) return 'progress';
    return 'hit';
  }

  /** Moves to the next step after a hit. */
  next(): void {
    this.at += 1;
    this.done = 0;
  }
}

export interface Zone {
  id: string;
  part: Part;
  x: number;
  y: number;
  r: number;
}

/**
 * How far beyond its circle a zone still takes a tap: a small hand lands near the part, not on it.
 * Where two zones' reaches overlap, the nearer centre wins.
 */
export const REACH = 1.4;

/** The zone under a tap: the nearest centre among the zones whose reach the tap falls in. */
export function zoneAt(zones: readonly Zone[], x: number, y: number): Zone | null {
  let best: Zone | null = null;
  let bestD = Infinity;
  for (const z of zones) {
    const d = Math.hypot(x - z.x, y - z.y);
    if (d <= z.r * REACH && d < bestD) {
      best = z;
      bestD = d;
    }
  }
  return best;
}

/**
 * The radius around a zone's centre in which every tap finds that zone's part: its reach, but no
 * farther than halfway to the nearest zone of another part. This is the target's real size.
 */
export function sureRadius(zone: Zone, zones: readonly Zone[]): number {
  let r = zone.r * REACH;
  for (const o of zones) if (o.part !== zone.part) r = Math.min(r, Math.hypot(o.x - zone.x, o.y - zone.y) / 2);
  return r;
}

/** Tap zones on a figure of height `h` whose head-top centre is at (cx, top); both sides for paired parts. */
export function figureZones(cx: number, top: number, h: number): Zone[] {
  const z = (part: Part, dx: number, dy: number, r: number, id: string = part): Zone => ({ id, part, x: cx + dx * h, y: top + dy * h, r: r * h });
  return [
    z('head', 0, 0.14, 0.125),
    z('shoulders', -0.19, 0.31, 0.105),
    z('shoulders', 0.19, 0.31, 0.105, 'shoulders-2'),
    z('hands', -0.39, 0.45, 0.11),
    z('hands', 0.39, 0.45, 0.11, 'hands-2'),
    z('tummy', 0, 0.47, 0.12),
    z('knees', -0.1, 0.75, 0.105),
    z('knees', 0.1, 0.75, 0.105, 'knees-2'),
    z('feet', -0.15, 0.96, 0.105),
    z('feet', 0.15, 0.96, 0.105, 'feet-2'),
  ];
}
