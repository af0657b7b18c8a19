/**
 * Shape helpers for the coloring sheets. Every helper that makes a fillable area returns one closed
 * path (`… Z`) built only from M/L/Q/C commands, so the same `d` works for tap-to-fill in the DOM,
 * for print, and for pdf-lib's drawSvgPath, and its control points bound the shape for the size check.
 * Units are millimetres on paper: the art box is 180 × 180.
 */
export type Pt = readonly [number, number];

const f = (n: number): string => String(Math.round(n * 10) / 10);
const p = ([x, y]: Pt): string => `${f(x)} ${f(y)}`;

export function poly(pts: Pt[]): string {
  return `M${pts.map(p).join('L')}Z`;
}

export function rect(x: number, y: number, w: number, h: number, r = 0): string {
  if (r <= 0) return poly([[x, y], [x + w, y], [x + w, y + h], [x, y + h]]);
  const q = (cx: number, cy: number, ex: number, ey: number): string => `Q${f(cx)} ${f(cy)} ${f(ex)} ${f(ey)}`;
  return (
    `M${f(x + r)} ${f(y)}L${f(x + w - r)} ${f(y)}${q(x + w, y, x + w, y + r)}L${f(x + w)} ${f(y + h - r)}` +
    `${q(x + w, y + h, x + w - r, y + h)}L${f(x + r)} ${f(y + h)}${q(x, y + h, x, y + h - r)}L${f(x)} ${f(y + r)}${q(x, y, x + r, y)}Z`
  );
}

export function ellipse(cx: number, cy: number, rx: number, ry: number): string {
  const k = 0.5523;
  const c = (a: Pt, b: Pt, e: Pt): string => `C${p(a)} ${p(b)} ${p(e)}`;
  return (
    `M${p([cx - rx, cy])}` +
    c([cx - rx, cy - k * ry], [cx - k * rx, cy - ry], [cx, cy - ry]) +
    c([cx + k * rx, cy - ry], [cx + rx, cy - k * ry], [cx + rx, cy]) +
    c([cx + rx, cy + k * ry], [cx + k * rx, cy + ry], [cx, cy + ry]) +
    c([cx - k * rx, cy + ry], [cx - rx, cy + k * ry], [cx - rx, cy]) +
    'Z'
  );
}

export const circle = (cx: number, cy: number, r: number): string => ellipse(cx, cy, r, r);

/** A closed smooth curve through the points (Catmull-Rom turned into cubic Béziers): hills, clouds, animals. */
export function blob(pts: Pt[], tension = 1): string {
  const n = pts.length;
  const at = (i: number): Pt => pts[((i % n) + n) % n] as Pt;
  let d = `M${p(at(0))}`;
  for (let i = 0; i < n; i++) {
    const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
    const c1: Pt = [p1[0] + ((p2[0] - p0[0]) / 6) * tension, p1[1] + ((p2[1] - p0[1]) / 6) * tension];
    const c2: Pt = [p2[0] - ((p3[0] - p1[0]) / 6) * tension, p2[1] - ((p3[1] - p1[1]) / 6) * tension];
    d += `C${p(c1)} ${p(c2)} ${p(p2)}`;
  }
  return `${d}Z`;
}

/** An open smooth curve (a line, never fillable). */
export function curve(pts: Pt[]): string {
  const n = pts.length;
  const at = (i: number): Pt => pts[Math.max(0, Math.min(n - 1, i))] as Pt;
  let d = `M${p(at(0))}`;
  for (let i = 0; i < n - 1; i++) {
    const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
    d += `C${p([p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6])} ${p([p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6])} ${p(p2)}`;
  }
  return d;
}

export function line(...pts: Pt[]): string {
  return `M${pts.map(p).join('L')}`;
}

/** A band under a smooth top edge down to the bottom of the box: ground, hills, water. */
export function ground(top: Pt[], bottom = 180): string {
  const first = top[0] as Pt;
  const last = top[top.length - 1] as Pt;
  const body = curve(top).slice(1);
  return `M${p([first[0], bottom])}L${body}L${p([last[0], bottom])}Z`;
}

/** A Korean tiled roof: short ridge, swooping sides, eaves that turn up at both ends. */
export function roof(x: number, y: number, w: number, h: number, up = h * 0.35): string {
  const q = (a: Pt, e: Pt): string => `Q${p(a)} ${p(e)}`;
  return (
    `M${p([x + 0.2 * w, y])}L${p([x + 0.8 * w, y])}` +
    q([x + 0.86 * w, y + 0.75 * h], [x + w, y + h - up]) +
    q([x + 0.85 * w, y + h], [x + 0.5 * w, y + h]) +
    q([x + 0.15 * w, y + h], [x, y + h - up]) +
    q([x + 0.14 * w, y + 0.75 * h], [x + 0.2 * w, y]) +
    'Z'
  );
}

/** A round-topped arch opening (gate doors, bridges). */
export function arch(x: number, y: number, w: number, h: number): string {
  const r = w / 2;
  const k = 0.5523;
  return `M${p([x, y + h])}L${p([x, y + r])}C${p([x, y + r - k * r])} ${p([x + r - k * r, y])} ${p([x + r, y])}C${p([x + r + k * r, y])} ${p([x + w, y + r - k * r])} ${p([x + w, y + r])}L${p([x + w, y + h])}Z`;
}

export function heart(cx: number, cy: number, s: number): string {
  return `M${p([cx, cy + s * 0.55])}C${p([cx - s * 1.1, cy - s * 0.1])} ${p([cx - s * 0.55, cy - s * 0.95])} ${p([cx, cy - s * 0.35])}C${p([cx + s * 0.55, cy - s * 0.95])} ${p([cx + s * 1.1, cy - s * 0.1])} ${p([cx, cy + s * 0.55])}Z`;
}

export function star(cx: number, cy: number, r: number, points = 5, inner = 0.5): string {
  const pts: Pt[] = [];
  for (let i = 0; i < points * 2; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / points;
    const rr = i % 2 ? r * inner : r;
    pts.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)]);
  }
  return poly(pts);
}

/** A rounded cloud: bumps on top, flat-ish bottom. */
export function cloud(cx: number, cy: number, s: number): string {
  return blob([
    [cx - 1.6 * s, cy + 0.5 * s],
    [cx - 1.5 * s, cy - 0.2 * s],
    [cx - 0.8 * s, cy - 0.6 * s],
    [cx - 0.2 * s, cy - 1.1 * s],
    [cx + 0.6 * s, cy - 0.8 * s],
    [cx + 1.3 * s, cy - 0.5 * s],
    [cx + 1.6 * s, cy + 0.3 * s],
    [cx, cy + 0.6 * s],
  ]);
}

export function fish(cx: number, cy: number, s: number, facing: 1 | -1 = 1): string {
  const x = (dx: number): number => cx + dx * s * facing;
  return (
    `M${p([x(1.2), cy])}Q${p([x(0.4), cy - 0.8 * s])} ${p([x(-0.6), cy - 0.1 * s])}L${p([x(-1.2), cy - 0.6 * s])}` +
    `L${p([x(-1.1), cy])}L${p([x(-1.2), cy + 0.6 * s])}L${p([x(-0.6), cy + 0.1 * s])}Q${p([x(0.4), cy + 0.8 * s])} ${p([x(1.2), cy])}Z`
  );
}

/** The rays of a sun as short lines around a circle. */
export function rays(cx: number, cy: number, r: number, len: number, n = 8): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = (i * 2 * Math.PI) / n;
    out.push(line([cx + (r + 3) * Math.cos(a), cy + (r + 3) * Math.sin(a)], [cx + (r + 3 + len) * Math.cos(a), cy + (r + 3 + len) * Math.sin(a)]));
  }
  return out.join('');
}
