import type * as Phaser from 'phaser';
import { COLORS, INK, PAPER } from '../engine/palette.ts';
import type { Feeling } from './logic.ts';

type Eyes = 'dot' | 'wide' | 'smiling' | 'closed' | 'side' | 'half';
type Brows = 'none' | 'angry' | 'worried' | 'raised' | 'down';
type Mouth = 'smile' | 'grin' | 'frown' | 'o' | 'flat' | 'wavy' | 'small' | 'tongue';
interface FaceParts {
  eyes: Eyes;
  brows: Brows;
  mouth: Mouth;
  tear?: boolean;
  blush?: boolean;
  sweat?: boolean;
  zz?: boolean;
}

/** Each feeling is told by shape (eyes, brows, mouth, a tear), never by colour alone. */
export const FACES: Record<Feeling | 'silly', FaceParts> = {
  happy: { eyes: 'dot', brows: 'none', mouth: 'smile', blush: true },
  sad: { eyes: 'dot', brows: 'worried', mouth: 'frown', tear: true },
  angry: { eyes: 'dot', brows: 'angry', mouth: 'flat' },
  surprised: { eyes: 'wide', brows: 'raised', mouth: 'o' },
  scared: { eyes: 'wide', brows: 'worried', mouth: 'wavy', sweat: true },
  sleepy: { eyes: 'closed', brows: 'none', mouth: 'small', zz: true },
  proud: { eyes: 'smiling', brows: 'raised', mouth: 'grin' },
  shy: { eyes: 'side', brows: 'none', mouth: 'small', blush: true },
  worried: { eyes: 'dot', brows: 'worried', mouth: 'wavy' },
  disappointed: { eyes: 'half', brows: 'down', mouth: 'frown' },
  silly: { eyes: 'smiling', brows: 'raised', mouth: 'tongue' },
};

/** A round face of radius r at (x, y) drawn into g, in the feeling's expression. */
export function drawFace(g: Phaser.GameObjects.Graphics, x: number, y: number, r: number, feeling: Feeling | 'silly', fill: number = PAPER): void {
  const f = FACES[feeling];
  const lw = Math.max(4, r * 0.06);
  g.fillStyle(fill, 1).fillCircle(x, y, r);
  g.lineStyle(lw, INK, 1).strokeCircle(x, y, r);
  const ex = r * 0.36;
  const ey = y - r * 0.12;
  // Eyes.
  for (const s of [-1, 1]) {
    const cx = x + s * ex;
    switch (f.eyes) {
      case 'dot':
        g.fillStyle(INK, 1).fillCircle(cx, ey, r * 0.09);
        break;
      case 'wide':
        g.fillStyle(0xffffff, 1).fillCircle(cx, ey, r * 0.16);
        g.lineStyle(lw * 0.8, INK, 1).strokeCircle(cx, ey, r * 0.16);
        g.fillStyle(INK, 1).fillCircle(cx, ey, r * 0.07);
        break;
      case 'smiling':
        g.lineStyle(lw, INK, 1).beginPath().arc(cx, ey + r * 0.05, r * 0.11, Math.PI * 1.1, Math.PI * 1.9).strokePath();
        break;
      case 'closed':
        g.lineStyle(lw, INK, 1).beginPath().arc(cx, ey - r * 0.04, r * 0.11, Math.PI * 0.15, Math.PI * 0.85).strokePath();
        break;
      case 'side':
        g.fillStyle(INK, 1).fillCircle(cx + r * 0.08, ey + r * 0.04, r * 0.08);
        break;
      case 'half':
        g.fillStyle(INK, 1).fillCircle(cx, ey + r * 0.03, r * 0.08);
        g.lineStyle(lw, INK, 1).lineBetween(cx - r * 0.13, ey - r * 0.02, cx + r * 0.13, ey - r * 0.02);
        break;
    }
    // Brows.
    const by = ey - r * 0.24;
    g.lineStyle(lw, INK, 1);
    switch (f.brows) {
      case 'angry':
        g.lineBetween(cx - s * r * 0.16, by - r * 0.06, cx + s * r * 0.02, by + r * 0.06);
        break;
      case 'worried':
        g.lineBetween(cx - s * r * 0.16, by + r * 0.05, cx + s * r * 0.02, by - r * 0.06);
        break;
      case 'raised':
        g.beginPath().arc(cx, by + r * 0.02, r * 0.13, Math.PI * 1.15, Math.PI * 1.85).strokePath();
        break;
      case 'down':
        g.lineBetween(cx - r * 0.14, by + r * 0.04, cx + r * 0.14, by + r * 0.04);
        break;
      case 'none':
        break;
    }
  }
  // Mouth.
  const my = y + r * 0.36;
  g.lineStyle(lw, INK, 1);
  switch (f.mouth) {
    case 'smile':
      g.beginPath().arc(x, my - r * 0.18, r * 0.3, Math.PI * 0.2, Math.PI * 0.8).strokePath();
      break;
    case 'grin':
      g.fillStyle(COLORS.red, 1).beginPath().arc(x, my - r * 0.12, r * 0.26, 0, Math.PI).closePath().fillPath();
      g.beginPath().arc(x, my - r * 0.12, r * 0.26, 0, Math.PI).closePath().strokePath();
      break;
    case 'frown':
      g.beginPath().arc(x, my + r * 0.14, r * 0.24, Math.PI * 1.2, Math.PI * 1.8).strokePath();
      break;
    case 'o':
      g.fillStyle(INK, 1).fillEllipse(x, my, r * 0.2, r * 0.26);
      break;
    case 'flat':
      g.lineBetween(x - r * 0.2, my, x + r * 0.2, my);
      break;
    case 'wavy':
      g.beginPath().moveTo(x - r * 0.24, my).lineTo(x - r * 0.12, my - r * 0.06).lineTo(x, my).lineTo(x + r * 0.12, my - r * 0.06).lineTo(x + r * 0.24, my).strokePath();
      break;
    case 'small':
      g.beginPath().arc(x, my - r * 0.08, r * 0.12, Math.PI * 0.2, Math.PI * 0.8).strokePath();
      break;
    case 'tongue':
      g.beginPath().arc(x, my - r * 0.16, r * 0.28, Math.PI * 0.15, Math.PI * 0.85).strokePath();
      g.fillStyle(COLORS.red, 1).fillEllipse(x + r * 0.06, my + r * 0.16, r * 0.18, r * 0.22);
      g.lineStyle(lw * 0.8, INK, 1).strokeEllipse(x + r * 0.06, my + r * 0.16, r * 0.18, r * 0.22);
      break;
  }
  if (f.blush) {
    g.fillStyle(COLORS.red, 0.3).fillCircle(x - r * 0.55, y + r * 0.15, r * 0.12).fillCircle(x + r * 0.55, y + r * 0.15, r * 0.12);
  }
  if (f.tear) {
    g.fillStyle(COLORS.sky, 1).fillEllipse(x + ex + r * 0.02, ey + r * 0.26, r * 0.1, r * 0.16);
    g.lineStyle(lw * 0.6, INK, 1).strokeEllipse(x + ex + r * 0.02, ey + r * 0.26, r * 0.1, r * 0.16);
  }
  if (f.sweat) {
    g.fillStyle(COLORS.sky, 1).fillEllipse(x + r * 0.72, y - r * 0.45, r * 0.12, r * 0.18);
    g.lineStyle(lw * 0.6, INK, 1).strokeEllipse(x + r * 0.72, y - r * 0.45, r * 0.12, r * 0.18);
  }
  if (f.zz) {
    g.lineStyle(lw * 0.8, INK, 1);
    const zx = x + r * 0.75;
    const zy = y - r * 0.8;
    g.beginPath().moveTo(zx, zy).lineTo(zx + r * 0.16, zy).lineTo(zx, zy + r * 0.16).lineTo(zx + r * 0.16, zy + r * 0.16).strokePath();
  }
}
