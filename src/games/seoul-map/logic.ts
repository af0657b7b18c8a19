/**
 * 서울 나들이 지도 — pure rules. The child taps a place sticker, then taps the map to put it there;
 * dad reads the place's card; the stickers placed, in order, become the family's outing plan.
 * Tap, then tap: no drag is ever needed (content brief §3.3).
 */
import type { PlaceId } from '../../shared/places.ts';

export { PLACE_IDS, isPlaceId, type PlaceId } from '../../shared/places.ts';

/** Where a place sits on the drawn map, in map units 0…1 (x west→east, y north→south). */
export interface MapSpot {
  id: PlaceId;
  x: number;
  y: number;
}

export interface MapRules {
  /** The stickers offered in the tray, in tray order. */
  offer: PlaceId[];
  /** How many places make the plan; the round ends when that many are on the map. */
  planSize: number;
  /**
   * 'glow': the right spot glows and any tap on the map sends the sticker home (3–5).
   * 'find': the child finds the spot; a near-enough tap places it, a far one earns a hint (6+).
   */
  placing: 'glow' | 'find';
  /** 'find': how near (map units) a tap must be. */
  radius: number;
  /** 'find': after this many far taps for one sticker its spot glows, so success is always reachable. */
  glowAfter: number;
}

export type Direction = 'north' | 'south' | 'east' | 'west';

export type SelectResult = 'selected' | 'already-placed' | 'plan-full' | 'not-offered';
export type MapTapResult =
  | { kind: 'placed'; id: PlaceId; order: number; complete: boolean }
  | { kind: 'try-again'; id: PlaceId; direction: Direction; glow: boolean }
  | { kind: 'pick-a-sticker' };

export interface PlacedSticker {
  id: PlaceId;
  /** 1-based: the order of the outing. */
  order: number;
}

/** The compass direction from a tap towards the target, by whichever axis is farther off. */
export function directionTo(from: { x: number; y: number }, to: { x: number; y: number }): Direction {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  if (Math.abs(dx) >= Math.abs(dy)) return dx >= 0 ? 'east' : 'west';
  return dy >= 0 ? 'south' : 'north';
}

export class OutingMap {
  private readonly spots: Map<PlaceId, MapSpot>;
  private readonly placedList: PlacedSticker[] = [];
  private selectedId: PlaceId | null = null;
  private misses = new Map<PlaceId, number>();

  constructor(
    spots: readonly MapSpot[],
    readonly rules: MapRules,
  ) {
    this.spots = new Map(spots.map((s) => [s.id, s]));
    for (const id of rules.offer) if (!this.spots.has(id)) throw new Error(`no map spot for ${id}`);
    if (rules.planSize < 1 || rules.planSize > rules.offer.length) throw new Error('planSize must be between 1 and the number of stickers offered');
  }

  get selected(): PlaceId | null {
    return this.selectedId;
  }

  get placed(): readonly PlacedSticker[] {
    return this.placedList;
  }

  get complete(): boolean {
    return this.placedList.length >= this.rules.planSize;
  }

  spot(id: PlaceId): MapSpot {
    return this.spots.get(id) as MapSpot;
  }

  isPlaced(id: PlaceId): boolean {
    return this.placedList.some((p) => p.id === id);
  }

  /** Whether the selected sticker's spot should glow now. */
  glowing(): boolean {
    if (!this.selectedId) return false;
    return this.rules.placing === 'glow' || (this.misses.get(this.selectedId) ?? 0) >= this.rules.glowAfter;
  }

  select(id: PlaceId): SelectResult {
    if (!this.rules.offer.includes(id)) return 'not-offered';
    if (this.isPlaced(id)) return 'already-placed';
    if (this.complete) return 'plan-full';
    this.selectedId = id;
    return 'selected';
  }

  tapMap(x: number, y: number): MapTapResult {
    const id = this.selectedId;
    if (!id) return { kind: 'pick-a-sticker' };
    const spot = this.spot(id);
    const near = Math.hypot(spot.x - x, spot.y - y) <= this.rules.radius;
    if (!this.glowing() && !near) {
      const misses = (this.misses.get(id) ?? 0) + 1;
      this.misses.set(id, misses);
      return { kind: 'try-again', id, direction: directionTo({ x, y }, spot), glow: misses >= this.rules.glowAfter };
    }
    this.selectedId = null;
    const order = this.placedList.length + 1;
    this.placedList.push({ id, order });
    return { kind: 'placed', id, order, complete: this.complete };
  }

  /** Takes a sticker back off the map (the child changed their mind); later stops move up. */
  remove(id: PlaceId): boolean {
    const i = this.placedList.findIndex((p) => p.id === id);
    if (i < 0) return false;
    this.placedList.splice(i, 1);
    this.placedList.forEach((p, k) => (p.order = k + 1));
    return true;
  }

  /** The outing plan: the places in the order the child chose them. */
  plan(): PlaceId[] {
    return this.placedList.map((p) => p.id);
  }
}
