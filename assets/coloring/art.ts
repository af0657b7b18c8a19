import { blob, circle, cloud, ellipse, line, rays, rect, type Pt } from './shapes.ts';

/** One drawing being built: fillable areas (closed, with ids) painted in order, then plain lines on top. */
export class Art {
  readonly areas: Array<{ id: string; d: string }> = [];
  readonly lines: string[] = [];
  private readonly seen = new Map<string, number>();
  constructor(readonly detailed: boolean) {}

  /** Adds a fillable area; ids are the part's name, numbered when a name repeats (`tree`, `tree-2`). */
  area(name: string, d: string): this {
    const n = (this.seen.get(name) ?? 0) + 1;
    this.seen.set(name, n);
    this.areas.push({ id: n === 1 ? name : `${name}-${n}`, d });
    return this;
  }

  line(d: string): this {
    this.lines.push(d);
    return this;
  }
}

/** Scales a local drawing: X/Y place a point given in the part's own units. */
export function frame(ox: number, oy: number, s: number): { X: (x: number) => number; Y: (y: number) => number; P: (x: number, y: number) => Pt; S: (v: number) => number } {
  return { X: (x) => ox + x * s, Y: (y) => oy + y * s, P: (x, y) => [ox + x * s, oy + y * s], S: (v) => v * s };
}

export function sun(a: Art, cx: number, cy: number, r: number): void {
  a.area('sun', circle(cx, cy, r));
  a.line(rays(cx, cy, r, a.detailed ? 5 : 6, 8));
}

export function clouds(a: Art, list: Array<[number, number, number]>): void {
  for (const [x, y, s] of list) a.area('cloud', cloud(x, y, s));
}

export function tree(a: Art, x: number, groundY: number, h: number, round = true): void {
  const tw = Math.max(9, h * 0.16);
  a.area('trunk', rect(x - tw / 2, groundY - h * 0.45, tw, h * 0.45, 2));
  if (round) a.area('tree', circle(x, groundY - h * 0.68, h * 0.32));
  else
    a.area(
      'tree',
      blob([
        [x, groundY - h],
        [x + h * 0.3, groundY - h * 0.55],
        [x + h * 0.22, groundY - h * 0.38],
        [x - h * 0.22, groundY - h * 0.38],
        [x - h * 0.3, groundY - h * 0.55],
      ]),
    );
}

/** A round-headed person; `h` is the height, the child is simply a smaller person. */
export function person(a: Art, x: number, footY: number, h: number, wave = false): void {
  const hr = Math.max(4.8, h * 0.17);
  const bw = Math.max(10, h * 0.42);
  a.area('body', rect(x - bw / 2, footY - h * 0.64, bw, h * 0.64, bw * 0.35));
  a.area('head', circle(x, footY - h * 0.64 - hr * 0.85, hr));
  if (wave) a.line(line([x + bw / 2 - 1, footY - h * 0.5], [x + bw / 2 + h * 0.16, footY - h * 0.8]));
}

/** The traditional stone haechi, made round: mane, head, one horn, muzzle, bell. */
export function haechi(a: Art, cx: number, cy: number, s: number, withBody = true): void {
  const { P, S, X, Y } = frame(cx, cy, s);
  // Small haechi (statues in a scene) keep only the big areas; their little parts become lines.
  const part = (name: string, d: string): void => void (s < 0.5 ? a.line(d) : a.area(name, d));
  if (withBody) {
    a.area('haechi-body', blob([P(-36, 30), P(-30, 10), P(0, 4), P(30, 10), P(36, 30), P(30, 62), P(14, 66), P(-14, 66), P(-30, 62)]));
    part('haechi-leg', rect(X(-30), Y(54), S(18), S(16), S(5)));
    part('haechi-leg', rect(X(12), Y(54), S(18), S(16), S(5)));
  }
  const mane: Pt[] = [];
  for (let i = 0; i < 16; i++) {
    const ang = (i / 16) * Math.PI * 2;
    const r = i % 2 ? 40 : 48;
    mane.push(P(r * Math.cos(ang), -12 + r * Math.sin(ang)));
  }
  a.area('haechi-mane', blob(mane));
  part('haechi-horn', blob([P(0, -74), P(8, -42), P(-8, -42)]));
  a.area('haechi-head', circle(X(0), Y(-12), S(32)));
  part('haechi-muzzle', ellipse(X(0), Y(0), S(18), S(12)));
  part('haechi-bell', circle(X(0), Y(26), S(8)));
  a.line(`${circle(X(-11), Y(-18), Math.max(1, S(3)))}${circle(X(11), Y(-18), Math.max(1, S(3)))}`);
  a.line(`M${X(-7)} ${Y(4)}Q${X(0)} ${Y(10)} ${X(7)} ${Y(4)}`);
}
