import * as Phaser from 'phaser';
import { COLORS, INK, PAPER } from '../engine/coplay-scene.ts';
import type { WING_COLORS, WING_PATTERNS } from './data.ts';

type WingColor = (typeof WING_COLORS)[number];
type WingPattern = (typeof WING_PATTERNS)[number];

/**
 * A butterfly in ART.md's style: four rounded wings with a thick ink outline, one palette colour and
 * one pattern drawn in paper white, so the pattern still reads for a colour-blind player.
 */
export function drawButterfly(g: Phaser.GameObjects.Graphics, x: number, y: number, size: number, color: WingColor, pattern: WingPattern): void {
  const fill = COLORS[color];
  const lw = Math.max(4, size * 0.045);
  const wings: Array<[number, number, number, number]> = [
    [-0.26, -0.16, 0.46, 0.5],
    [0.26, -0.16, 0.46, 0.5],
    [-0.2, 0.22, 0.32, 0.34],
    [0.2, 0.22, 0.32, 0.34],
  ];
  for (const [dx, dy, w, h] of wings) {
    g.fillStyle(fill, 1).fillEllipse(x + dx * size, y + dy * size, w * size, h * size);
    g.lineStyle(lw, INK, 1).strokeEllipse(x + dx * size, y + dy * size, w * size, h * size);
  }
  g.fillStyle(PAPER, 1);
  g.lineStyle(lw * 0.6, INK, 1);
  for (const [dx, dy, w, h] of wings) {
    const cx = x + dx * size;
    const cy = y + dy * size;
    const r = Math.min(w, h) * size;
    switch (pattern) {
      case 'spots':
        g.fillCircle(cx, cy, r * 0.2).strokeCircle(cx, cy, r * 0.2);
        break;
      case 'rings':
        g.lineStyle(lw * 0.8, PAPER, 1).strokeCircle(cx, cy, r * 0.26).lineStyle(lw * 0.6, INK, 1);
        break;
      case 'stripes':
        for (const k of [-1, 0, 1]) g.fillRoundedRect(cx - w * size * 0.32, cy + k * r * 0.2 - r * 0.05, w * size * 0.64, r * 0.1, r * 0.05);
        break;
      case 'hearts': {
        const s = r * 0.14;
        g.fillCircle(cx - s * 0.6, cy - s * 0.3, s * 0.7).fillCircle(cx + s * 0.6, cy - s * 0.3, s * 0.7);
        g.fillTriangle(cx - s * 1.25, cy - s * 0.05, cx + s * 1.25, cy - s * 0.05, cx, cy + s * 1.35);
        break;
      }
      case 'stars': {
        const pts: Phaser.Math.Vector2[] = [];
        for (let i = 0; i < 10; i++) {
          const a = -Math.PI / 2 + (i * Math.PI) / 5;
          const rr = i % 2 ? r * 0.1 : r * 0.24;
          pts.push(new Phaser.Math.Vector2(cx + Math.cos(a) * rr, cy + Math.sin(a) * rr));
        }
        g.fillPoints(pts, true);
        break;
      }
      case 'zigzag': {
        g.lineStyle(lw * 0.9, PAPER, 1).beginPath();
        const half = w * size * 0.3;
        for (let i = 0; i <= 4; i++) {
          const px = cx - half + (i * half) / 2;
          const py = cy + (i % 2 ? -r * 0.12 : r * 0.12);
          if (i === 0) g.moveTo(px, py);
          else g.lineTo(px, py);
        }
        g.strokePath().lineStyle(lw * 0.6, INK, 1);
        break;
      }
    }
  }
  // Body and feelers.
  g.fillStyle(INK, 1).fillRoundedRect(x - size * 0.05, y - size * 0.34, size * 0.1, size * 0.66, size * 0.05);
  g.lineStyle(lw * 0.7, INK, 1);
  g.beginPath().moveTo(x - size * 0.02, y - size * 0.32).lineTo(x - size * 0.14, y - size * 0.48).strokePath();
  g.beginPath().moveTo(x + size * 0.02, y - size * 0.32).lineTo(x + size * 0.14, y - size * 0.48).strokePath();
  g.fillCircle(x - size * 0.14, y - size * 0.48, lw * 0.9).fillCircle(x + size * 0.14, y - size * 0.48, lw * 0.9);
}

/** The back of a card: a leaf on grass green, the same for every card. */
export function drawCardBack(g: Phaser.GameObjects.Graphics, w: number, h: number): void {
  const r = Math.min(w, h) * 0.14;
  g.fillStyle(COLORS.grass, 1).fillRoundedRect(-w / 2, -h / 2, w, h, r);
  g.lineStyle(6, INK, 1).strokeRoundedRect(-w / 2, -h / 2, w, h, r);
  const s = Math.min(w, h) * 0.26;
  g.fillStyle(0x5aa84c, 1).fillEllipse(0, 0, s * 1.1, s * 1.9);
  g.lineStyle(4, INK, 0.55).strokeEllipse(0, 0, s * 1.1, s * 1.9);
  g.beginPath().moveTo(0, -s * 0.8).lineTo(0, s * 0.95).strokePath();
}
