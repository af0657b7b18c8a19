import type { Localized } from '../../shared/games/schema.ts';
import type { Prompt } from '../engine/contract.ts';
import { rng, shuffle } from '../engine/random.ts';

export const KINDS = ['kite', 'bird', 'balloon', 'duck', 'boat', 'fish', 'bike', 'dog', 'tent', 'ball'] as const;
export type Kind = (typeof KINDS)[number];
export type Zone = 'sky' | 'river' | 'bank';

/** Where each thing belongs in the Han River park, so the picture makes sense on any screen shape. */
export const ZONE_OF: Record<Kind, Zone> = {
  kite: 'sky',
  bird: 'sky',
  balloon: 'sky',
  duck: 'river',
  boat: 'river',
  fish: 'river',
  bike: 'bank',
  dog: 'bank',
  tent: 'bank',
  ball: 'bank',
};
const ZONES: Zone[] = ['sky', 'river', 'bank'];

export interface HuntQuestion {
  find: Kind;
  /** who / what / where: the question type dad practises (dialogic reading's wh-prompts). */
  ask: 'who' | 'what' | 'where';
  say: Localized;
  dad: Localized;
}

export interface HuntData {
  items: Kind[];
  questions: HuntQuestion[];
}

export interface Placed {
  kind: Kind;
  x: number;
  y: number;
  /** Radius of its tap target (design px). */
  r: number;
}

/**
 * Lays the items out in rows over the safe area: sky things in the top rows, river things next, the bank
 * last, every target at least `minR` in radius and none overlapping. Pure, so it is tested on any shape.
 */
export function layoutItems(items: readonly Kind[], area: { x: number; y: number; w: number; h: number }, minR = 115): { placed: Placed[]; rows: number; zoneTop: Record<Zone, number> } {
  const ordered = ZONES.flatMap((z) => items.filter((k) => ZONE_OF[k] === z));
  // The grid whose cells are largest for this many things on this shape.
  let perRow = 1;
  let bestCell = 0;
  for (let cols = 1; cols <= Math.max(1, ordered.length); cols++) {
    const cell = Math.min(area.w / cols, area.h / Math.ceil(ordered.length / cols));
    if (cell > bestCell) {
      bestCell = cell;
      perRow = cols;
    }
  }
  // Rows start fresh at each zone so the river stays a band, when that still leaves big enough rows.
  const rowsOf = (fresh: boolean): Kind[][] => {
    const rows: Kind[][] = [];
    let zone: Zone | null = null;
    for (const k of ordered) {
      const last = rows.at(-1);
      if (!last || last.length >= perRow || (fresh && ZONE_OF[k] !== zone)) rows.push([k]);
      else last.push(k);
      zone = ZONE_OF[k];
    }
    return rows;
  };
  let rows = rowsOf(true);
  if (area.h / rows.length < Math.min(bestCell, minR * 1.8)) rows = rowsOf(false);
  const rowH = area.h / rows.length;
  const widest = Math.max(1, ...rows.map((r) => r.length));
  const r = Math.min(150, 0.45 * Math.min(rowH, area.w / widest));
  const placed: Placed[] = [];
  const zoneTop: Record<Zone, number> = { sky: area.y, river: area.y + area.h * 0.4, bank: area.y + area.h * 0.7 };
  const seen = new Set<Zone>();
  rows.forEach((row, ri) => {
    const y = area.y + rowH * (ri + 0.5);
    const cellW = area.w / row.length;
    row.forEach((kind, ci) => {
      const zone = ZONE_OF[kind];
      if (!seen.has(zone)) {
        seen.add(zone);
        zoneTop[zone] = area.y + rowH * ri;
      }
      placed.push({ kind, x: area.x + cellW * (ci + 0.5), y, r });
    });
  });
  return { placed, rows: rows.length, zoneTop };
}

/**
 * 한강 숨은그림: dad asks a who/what/where question from the card; the child finds that thing in the Han
 * River scene. Questions come in a seeded order; a wrong find is a giggle and the item says hello.
 */
export class RiverHunt {
  private order: number[];
  private at = 0;

  constructor(private readonly data: HuntData, seed: number) {
    this.order = shuffle(
      data.questions.map((_, i) => i),
      rng(seed),
    );
  }

  get question(): HuntQuestion {
    return this.data.questions[this.order[this.at % this.order.length] as number] as HuntQuestion;
  }

  get items(): readonly Kind[] {
    return this.data.items;
  }

  get prompt(): Prompt {
    return { say: this.question.say, dad: this.question.dad };
  }

  pick(kind: Kind): 'hit' | 'miss' {
    return kind === this.question.find ? 'hit' : 'miss';
  }

  next(): void {
    this.at += 1;
  }
}
