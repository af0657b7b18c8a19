import type * as Phaser from 'phaser';
import { COLORS, INK, PAPER } from '../engine/coplay-scene.ts';
import type { BlockKind } from './data.ts';

const SILVER = 0xdfe4ea;
const ROOF = 0x4a4a5e;

/**
 * One storey of the tower, centred on (0, 0), w × h design px: a Seoul building reduced to its
 * silhouette and the one feature a child knows (ART.md) — no names, logos or lettering.
 */
export function drawBlock(g: Phaser.GameObjects.Graphics, kind: BlockKind, w: number, h: number): void {
  const lw = 6;
  const x = -w / 2;
  const y = -h / 2;
  g.lineStyle(lw, INK, 1);
  switch (kind) {
    case 'hanok': {
      // Red wooden walls with paper lattice windows under a curved tiled roof.
      g.fillStyle(COLORS.red, 1).fillRect(x + w * 0.1, y + h * 0.45, w * 0.8, h * 0.55).strokeRect(x + w * 0.1, y + h * 0.45, w * 0.8, h * 0.55);
      for (const k of [0.22, 0.58]) {
        g.fillStyle(PAPER, 1).fillRect(x + w * k, y + h * 0.58, w * 0.2, h * 0.32).strokeRect(x + w * k, y + h * 0.58, w * 0.2, h * 0.32);
        g.lineStyle(3, INK, 1).beginPath().moveTo(x + w * (k + 0.1), y + h * 0.58).lineTo(x + w * (k + 0.1), y + h * 0.9).strokePath().lineStyle(lw, INK, 1);
      }
      g.fillStyle(ROOF, 1).beginPath().moveTo(x, y + h * 0.3).lineTo(x + w * 0.15, y + h * 0.05).lineTo(x + w * 0.85, y + h * 0.05).lineTo(x + w, y + h * 0.3).lineTo(x + w * 0.92, y + h * 0.48).lineTo(x + w * 0.08, y + h * 0.48).closePath().fillPath().strokePath();
      break;
    }
    case 'gate': {
      // Stone gate with an arch, a small curved roof on top.
      g.fillStyle(PAPER, 1).fillRect(x + w * 0.04, y + h * 0.4, w * 0.92, h * 0.6).strokeRect(x + w * 0.04, y + h * 0.4, w * 0.92, h * 0.6);
      g.fillStyle(INK, 1).fillRoundedRect(x + w * 0.4, y + h * 0.58, w * 0.2, h * 0.42, { tl: w * 0.1, tr: w * 0.1, bl: 0, br: 0 });
      g.fillStyle(COLORS.jade, 1).fillRect(x + w * 0.16, y + h * 0.22, w * 0.68, h * 0.2).strokeRect(x + w * 0.16, y + h * 0.22, w * 0.68, h * 0.2);
      g.fillStyle(ROOF, 1).beginPath().moveTo(x + w * 0.02, y + h * 0.24).lineTo(x + w * 0.2, y).lineTo(x + w * 0.8, y).lineTo(x + w * 0.98, y + h * 0.24).closePath().fillPath().strokePath();
      break;
    }
    case 'golden': {
      // The golden tower by the river: gold glass, a slanted roofline.
      g.fillStyle(COLORS.amber, 1).beginPath().moveTo(x + w * 0.12, y + h).lineTo(x + w * 0.12, y + h * 0.12).lineTo(x + w * 0.88, y).lineTo(x + w * 0.88, y + h).closePath().fillPath().strokePath();
      g.lineStyle(3, INK, 0.6);
      for (const k of [0.31, 0.5, 0.69]) g.beginPath().moveTo(x + w * k, y + h * 0.12).lineTo(x + w * k, y + h).strokePath();
      break;
    }
    case 'glass': {
      // A very tall pointed tower's middle: pale glass panels that narrow upwards.
      g.fillStyle(COLORS.sky, 1).beginPath().moveTo(x + w * 0.1, y + h).lineTo(x + w * 0.2, y).lineTo(x + w * 0.8, y).lineTo(x + w * 0.9, y + h).closePath().fillPath().strokePath();
      g.lineStyle(3, INK, 0.5);
      g.beginPath().moveTo(0, y).lineTo(0, y + h).strokePath();
      break;
    }
    case 'ddp': {
      // The curvy silver building: one long soft wave.
      g.fillStyle(SILVER, 1).fillRoundedRect(x + w * 0.03, y + h * 0.15, w * 0.94, h * 0.85, h * 0.42).strokeRoundedRect(x + w * 0.03, y + h * 0.15, w * 0.94, h * 0.85, h * 0.42);
      g.lineStyle(3, INK, 0.5);
      g.beginPath().arc(x + w * 0.35, y + h * 0.95, h * 0.5, Math.PI * 1.15, Math.PI * 1.85).strokePath();
      g.beginPath().arc(x + w * 0.65, y + h * 0.95, h * 0.5, Math.PI * 1.15, Math.PI * 1.85).strokePath();
      break;
    }
    case 'spire': {
      // The tower on the hill: a slim mast, a round deck, an antenna to the sky.
      g.fillStyle(PAPER, 1).fillRect(-w * 0.07, y + h * 0.55, w * 0.14, h * 0.45).strokeRect(-w * 0.07, y + h * 0.55, w * 0.14, h * 0.45);
      g.fillStyle(COLORS.blue, 1).fillEllipse(0, y + h * 0.5, w * 0.42, h * 0.26).strokeEllipse(0, y + h * 0.5, w * 0.42, h * 0.26);
      g.beginPath().moveTo(0, y + h * 0.37).lineTo(0, y).strokePath();
      g.fillStyle(COLORS.red, 1).fillCircle(0, y + h * 0.02, 7).strokeCircle(0, y + h * 0.02, 7);
      break;
    }
  }
}
