/**
 * What a child has colored on one sheet: area id → color, with undo. Pure (no DOM, no storage) so
 * the screen, the print view and the tests share one set of rules:
 * - filling an area with the color it already has changes nothing (no empty undo steps);
 * - the eraser is a fill with `null` and is undone like any fill;
 * - clear is one step too, so an adult's clear can still be undone.
 */
export type Fills = Record<string, string>;

type Step = { kind: 'fill'; id: string; before: string | null } | { kind: 'clear'; before: Fills };

export class FillModel {
  private fills = new Map<string, string>();
  private readonly history: Step[] = [];

  constructor(
    initial: Fills = {},
    /** Undo keeps this many steps; older ones fall off so a long session stays small. */
    private readonly maxHistory = 200,
  ) {
    for (const [id, c] of Object.entries(initial)) this.fills.set(id, c);
  }

  colorOf(id: string): string | null {
    return this.fills.get(id) ?? null;
  }

  /** Colors (or with `null`, erases) one area; returns false when nothing changed. */
  fill(id: string, color: string | null): boolean {
    const before = this.colorOf(id);
    if (before === color) return false;
    if (color === null) this.fills.delete(id);
    else this.fills.set(id, color);
    this.push({ kind: 'fill', id, before });
    return true;
  }

  clear(): boolean {
    if (this.fills.size === 0) return false;
    this.push({ kind: 'clear', before: this.snapshot() });
    this.fills.clear();
    return true;
  }

  /** Undoes the last step; returns the area ids whose color changed (empty when there was nothing). */
  undo(): string[] {
    const step = this.history.pop();
    if (!step) return [];
    if (step.kind === 'fill') {
      if (step.before === null) this.fills.delete(step.id);
      else this.fills.set(step.id, step.before);
      return [step.id];
    }
    this.fills = new Map(Object.entries(step.before));
    return Object.keys(step.before);
  }

  canUndo(): boolean {
    return this.history.length > 0;
  }

  get size(): number {
    return this.fills.size;
  }

  snapshot(): Fills {
    return Object.fromEntries(this.fills);
  }

  private push(step: Step): void {
    this.history.push(step);
    if (this.history.length > this.maxHistory) this.history.shift();
  }
}
