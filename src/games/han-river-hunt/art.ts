import type * as Phaser from 'phaser';
import { COLORS, INK, PAPER } from '../engine/palette.ts';
import type { Kind } from './logic.ts';

/**
 * The Han River park's things in ART.md's style: flat fills, thick rounded ink outlines, one shape a
 * child recognises each. Drawn around (0, 0) to fit a circle of radius r.
 */
export function drawItem(g: Phaser.GameObjects.Graphics, kind: Kind, r: number): void {
  const lw = Math.max(5, r * 0.06);
  const u = r / 100;
  const line = (): Phaser.GameObjects.Graphics => g.lineStyle(lw, INK, 1);
  switch (kind) {
    case 'duck': {
      g.fillStyle(COLORS.amber, 1).fillEllipse(-5 * u, 20 * u, 130 * u, 70 * u);
      line().strokeEllipse(-5 * u, 20 * u, 130 * u, 70 * u);
      g.fillStyle(COLORS.amber, 1).fillCircle(45 * u, -30 * u, 32 * u);
      line().strokeCircle(45 * u, -30 * u, 32 * u);
      g.fillStyle(COLORS.red, 1).fillTriangle(72 * u, -36 * u, 100 * u, -26 * u, 72 * u, -18 * u);
      line().strokeTriangle(72 * u, -36 * u, 100 * u, -26 * u, 72 * u, -18 * u);
      g.fillStyle(INK, 1).fillCircle(50 * u, -38 * u, 6 * u);
      line().beginPath().arc(-10 * u, 12 * u, 30 * u, 0.1 * Math.PI, 0.8 * Math.PI).strokePath();
      break;
    }
    case 'boat': {
      g.fillStyle(COLORS.white, 1).fillTriangle(0, -90 * u, 0, 20 * u, 70 * u, 20 * u);
      line().strokeTriangle(0, -90 * u, 0, 20 * u, 70 * u, 20 * u);
      g.fillStyle(COLORS.red, 1).fillTriangle(-8 * u, -70 * u, -8 * u, 20 * u, -60 * u, 20 * u);
      line().strokeTriangle(-8 * u, -70 * u, -8 * u, 20 * u, -60 * u, 20 * u);
      g.fillStyle(COLORS.blue, 1);
      g.beginPath().moveTo(-95 * u, 30 * u).lineTo(95 * u, 30 * u).lineTo(65 * u, 70 * u).lineTo(-65 * u, 70 * u).closePath().fillPath();
      line().beginPath().moveTo(-95 * u, 30 * u).lineTo(95 * u, 30 * u).lineTo(65 * u, 70 * u).lineTo(-65 * u, 70 * u).closePath().strokePath();
      break;
    }
    case 'fish': {
      g.fillStyle(COLORS.plum, 1).fillEllipse(-5 * u, 0, 140 * u, 80 * u);
      line().strokeEllipse(-5 * u, 0, 140 * u, 80 * u);
      g.fillStyle(COLORS.plum, 1).fillTriangle(60 * u, 0, 100 * u, -40 * u, 100 * u, 40 * u);
      line().strokeTriangle(60 * u, 0, 100 * u, -40 * u, 100 * u, 40 * u);
      g.fillStyle(PAPER, 1).fillCircle(-45 * u, -10 * u, 14 * u);
      line().strokeCircle(-45 * u, -10 * u, 14 * u);
      g.fillStyle(INK, 1).fillCircle(-45 * u, -10 * u, 6 * u);
      line().beginPath().arc(-72 * u, 14 * u, 10 * u, 1.2 * Math.PI, 1.9 * Math.PI).strokePath();
      break;
    }
    case 'kite': {
      g.fillStyle(COLORS.red, 1);
      g.beginPath().moveTo(0, -90 * u).lineTo(60 * u, -10 * u).lineTo(0, 60 * u).lineTo(-60 * u, -10 * u).closePath().fillPath();
      line().beginPath().moveTo(0, -90 * u).lineTo(60 * u, -10 * u).lineTo(0, 60 * u).lineTo(-60 * u, -10 * u).closePath().strokePath();
      line().lineBetween(0, -90 * u, 0, 60 * u).lineBetween(-60 * u, -10 * u, 60 * u, -10 * u);
      g.lineStyle(lw * 0.8, INK, 1).beginPath().moveTo(0, 60 * u).lineTo(20 * u, 80 * u).lineTo(-10 * u, 95 * u).lineTo(15 * u, 110 * u).strokePath();
      g.fillStyle(COLORS.amber, 1).fillCircle(20 * u, 80 * u, 8 * u).fillCircle(-10 * u, 95 * u, 8 * u);
      break;
    }
    case 'bird': {
      g.fillStyle(COLORS.blue, 1).fillEllipse(0, 10 * u, 110 * u, 70 * u);
      line().strokeEllipse(0, 10 * u, 110 * u, 70 * u);
      g.fillStyle(COLORS.sky, 1).fillTriangle(-20 * u, 0, 30 * u, 0, -10 * u, -70 * u);
      line().strokeTriangle(-20 * u, 0, 30 * u, 0, -10 * u, -70 * u);
      g.fillStyle(COLORS.amber, 1).fillTriangle(55 * u, 0, 85 * u, 10 * u, 55 * u, 20 * u);
      line().strokeTriangle(55 * u, 0, 85 * u, 10 * u, 55 * u, 20 * u);
      g.fillStyle(INK, 1).fillCircle(35 * u, -2 * u, 6 * u);
      break;
    }
    case 'balloon': {
      line().beginPath().moveTo(0, 40 * u).lineTo(-8 * u, 70 * u).lineTo(6 * u, 100 * u).strokePath();
      g.fillStyle(COLORS.jade, 1).fillEllipse(0, -25 * u, 110 * u, 130 * u);
      line().strokeEllipse(0, -25 * u, 110 * u, 130 * u);
      g.fillStyle(COLORS.jade, 1).fillTriangle(-10 * u, 48 * u, 10 * u, 48 * u, 0, 36 * u);
      line().strokeTriangle(-10 * u, 48 * u, 10 * u, 48 * u, 0, 36 * u);
      g.fillStyle(COLORS.white, 0.8).fillEllipse(-25 * u, -50 * u, 20 * u, 34 * u);
      break;
    }
    case 'bike': {
      for (const x of [-50, 50]) {
        g.fillStyle(COLORS.white, 1).fillCircle(x * u, 30 * u, 38 * u);
        line().strokeCircle(x * u, 30 * u, 38 * u);
        g.fillStyle(INK, 1).fillCircle(x * u, 30 * u, 6 * u);
      }
      g.lineStyle(lw * 1.2, COLORS.red, 1).beginPath().moveTo(-50 * u, 30 * u).lineTo(-10 * u, -20 * u).lineTo(40 * u, -20 * u).lineTo(50 * u, 30 * u).moveTo(-10 * u, -20 * u).lineTo(5 * u, 30 * u).lineTo(40 * u, -20 * u).strokePath();
      line().lineBetween(-22 * u, -34 * u, 2 * u, -34 * u).lineBetween(40 * u, -20 * u, 34 * u, -46 * u).lineBetween(24 * u, -46 * u, 48 * u, -46 * u);
      break;
    }
    case 'dog': {
      g.fillStyle(PAPER, 1).fillEllipse(0, 25 * u, 130 * u, 70 * u);
      line().strokeEllipse(0, 25 * u, 130 * u, 70 * u);
      for (const x of [-40, -15, 20, 45]) {
        g.fillStyle(PAPER, 1).fillRoundedRect((x - 9) * u, 45 * u, 18 * u, 40 * u, 8 * u);
        line().strokeRoundedRect((x - 9) * u, 45 * u, 18 * u, 40 * u, 8 * u);
      }
      g.fillStyle(PAPER, 1).fillCircle(55 * u, -25 * u, 38 * u);
      line().strokeCircle(55 * u, -25 * u, 38 * u);
      g.fillStyle(COLORS.amber, 1).fillEllipse(30 * u, -40 * u, 24 * u, 50 * u);
      line().strokeEllipse(30 * u, -40 * u, 24 * u, 50 * u);
      g.fillStyle(INK, 1).fillCircle(62 * u, -32 * u, 6 * u).fillCircle(88 * u, -18 * u, 8 * u);
      line().beginPath().moveTo(-62 * u, 15 * u).lineTo(-88 * u, -15 * u).strokePath();
      break;
    }
    case 'tent': {
      g.fillStyle(COLORS.amber, 1).fillTriangle(0, -80 * u, -95 * u, 70 * u, 95 * u, 70 * u);
      line().strokeTriangle(0, -80 * u, -95 * u, 70 * u, 95 * u, 70 * u);
      g.fillStyle(INK, 1).fillTriangle(0, -10 * u, -30 * u, 70 * u, 30 * u, 70 * u);
      line().lineBetween(0, -80 * u, 0, -100 * u);
      g.fillStyle(COLORS.red, 1).fillTriangle(0, -100 * u, 30 * u, -92 * u, 0, -84 * u);
      break;
    }
    case 'ball': {
      g.fillStyle(COLORS.white, 1).fillCircle(0, 10 * u, 75 * u);
      g.fillStyle(COLORS.red, 1).slice(0, 10 * u, 75 * u, -Math.PI / 2, 0, false).fillPath();
      g.fillStyle(COLORS.blue, 1).slice(0, 10 * u, 75 * u, Math.PI / 2, Math.PI, false).fillPath();
      line().strokeCircle(0, 10 * u, 75 * u);
      line().lineBetween(-75 * u, 10 * u, 75 * u, 10 * u).lineBetween(0, -65 * u, 0, 85 * u);
      break;
    }
  }
}
