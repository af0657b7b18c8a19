import type * as Phaser from 'phaser';
import { INK, PAPER } from './palette.ts';

export interface FigureStyle {
  shirt: number;
  trousers: number;
  /** Line width in design pixels at this size. */
  line?: number;
}

/**
 * Dad (or the child) as ART.md draws people: a round head with no fixed skin or hair colour (paper,
 * like a coloring sheet), a simple body, arms a little out. `top` is the head's top, `h` the height.
 * The proportions match body-match's tap zones (logic.ts figureZones).
 */
export function drawFigure(g: Phaser.GameObjects.Graphics, cx: number, top: number, h: number, style: FigureStyle): void {
  const lw = style.line ?? Math.max(3, h * 0.014);
  const p = (dx: number, dy: number): [number, number] => [cx + dx * h, top + dy * h];
  g.lineStyle(lw, INK, 1);
  // Legs (behind the body): thick rounded strokes ending in feet.
  for (const s of [-1, 1]) {
    const [hx, hy] = p(s * 0.07, 0.6);
    const [kx, ky] = p(s * 0.1, 0.75);
    const [fx, fy] = p(s * 0.12, 0.92);
    g.lineStyle(h * 0.085 + lw * 2, INK, 1);
    g.beginPath().moveTo(hx, hy).lineTo(kx, ky).lineTo(fx, fy).strokePath();
    g.lineStyle(h * 0.085, style.trousers, 1);
    g.beginPath().moveTo(hx, hy).lineTo(kx, ky).lineTo(fx, fy).strokePath();
    const [ex, ey] = p(s * 0.15, 0.95);
    g.fillStyle(INK, 1).fillEllipse(ex, ey, h * 0.14, h * 0.07);
  }
  // Arms: out and a little down, hands as round mitts.
  for (const s of [-1, 1]) {
    const [sx, sy] = p(s * 0.13, 0.31);
    const [hx, hy] = p(s * 0.37, 0.44);
    g.lineStyle(h * 0.07 + lw * 2, INK, 1);
    g.beginPath().moveTo(sx, sy).lineTo(hx, hy).strokePath();
    g.lineStyle(h * 0.07, style.shirt, 1);
    g.beginPath().moveTo(sx, sy).lineTo(hx, hy).strokePath();
    const [mx, my] = p(s * 0.39, 0.45);
    g.fillStyle(PAPER, 1).fillCircle(mx, my, h * 0.05);
    g.lineStyle(lw, INK, 1).strokeCircle(mx, my, h * 0.05);
  }
  // Body.
  const [bx, by] = p(-0.16, 0.25);
  g.fillStyle(style.shirt, 1).fillRoundedRect(bx, by, h * 0.32, h * 0.38, h * 0.09);
  g.lineStyle(lw, INK, 1).strokeRoundedRect(bx, by, h * 0.32, h * 0.38, h * 0.09);
  // Head with ears, kind eyes and a smile.
  const [hx, hy] = p(0, 0.135);
  for (const s of [-1, 1]) {
    g.fillStyle(PAPER, 1).fillCircle(hx + s * h * 0.115, hy + h * 0.01, h * 0.03);
    g.lineStyle(lw, INK, 1).strokeCircle(hx + s * h * 0.115, hy + h * 0.01, h * 0.03);
  }
  g.fillStyle(PAPER, 1).fillCircle(hx, hy, h * 0.115);
  g.lineStyle(lw, INK, 1).strokeCircle(hx, hy, h * 0.115);
  g.fillStyle(INK, 1).fillCircle(hx - h * 0.04, hy - h * 0.01, h * 0.013).fillCircle(hx + h * 0.04, hy - h * 0.01, h * 0.013);
  g.lineStyle(lw, INK, 1);
  g.beginPath().arc(hx, hy + h * 0.02, h * 0.045, 0.25 * Math.PI, 0.75 * Math.PI).strokePath();
}
