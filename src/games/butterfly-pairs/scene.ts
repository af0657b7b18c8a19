import * as Phaser from 'phaser';
import { COLORS, CoplayScene, INK } from '../engine/coplay-scene.ts';
import { drawFigure } from '../engine/figure.ts';
import { bake, bakedImage } from '../engine/bake.ts';
import { loadSound } from '../engine/audio.ts';
import { gridFor, type Card, type Player } from './logic.ts';
import { drawButterfly, drawCardBack } from './wing-art.ts';
import type { PairsLogic } from './index.ts';
import flipUrl from '../../../assets/audio/butterfly-flip.wav?url';
import matchUrl from '../../../assets/audio/butterfly-match.wav?url';

const FLIP_MS = 160;
/** How long a mismatched pair stays open: long enough to look, short enough to keep the turn moving. */
const LOOK_MS = 1500;

interface CardView {
  card: Card;
  box: Phaser.GameObjects.Container;
  face: Phaser.GameObjects.Image;
  back: Phaser.GameObjects.Image;
}

/**
 * 서울숲 나비 짝맞추기: a grid of wing cards and, beside it, whose turn it is — a picture of dad or the
 * child in a glowing frame, never a word or a score. Two unmatched cards turn back after a look.
 */
export class ButterflyPairsScene extends CoplayScene<PairsLogic> {
  private views: CardView[] = [];
  private turnFrames = new Map<Player, Phaser.GameObjects.Container>();
  private busy = false;

  constructor() {
    super('butterfly-pairs');
  }

  preload(): void {
    loadSound('butterfly-flip', flipUrl);
    loadSound('butterfly-match', matchUrl);
  }

  create(): void {
    this.setupStage();
    this.views = [];
    this.busy = false;
    const { round } = this.logic;
    const s = this.safe;
    const portrait = this.layout === 'portrait';
    // Still pictures are baked into textures once (a live Graphics is re-drawn every frame).
    this.backdrop(bake(this, 'pairs-meadow', this.W, this.H, 1, (g) => g.fillStyle(0xeef7e4, 1).fillRect(-this.W / 2, -this.H / 2, this.W, this.H)));

    // Whose turn: two portraits; in landscape a column on the left, in portrait a row on top.
    const turnArea = portrait ? { x: s.x, y: s.y, w: s.w, h: 220 } : { x: s.x, y: s.y, w: 200, h: s.h };
    (['child', 'dad'] as Player[]).forEach((who, i) => {
      const cx = portrait ? turnArea.x + turnArea.w * (0.3 + i * 0.4) : turnArea.x + turnArea.w / 2;
      const cy = portrait ? turnArea.y + turnArea.h / 2 : turnArea.y + turnArea.h * (0.27 + i * 0.46);
      const size = portrait ? 200 : 190;
      const frame = this.add.container(cx, cy);
      const ring = this.add.graphics().setName('ring');
      const fh = who === 'dad' ? size * 0.82 : size * 0.62;
      const fig = bakedImage(this, 0, size * 0.42 - fh / 2, `pairs-${who}`, fh * 0.9, fh, this.ratio, (g) =>
        drawFigure(g, 0, -fh / 2, fh, who === 'dad' ? { shirt: COLORS.blue, trousers: COLORS.plum } : { shirt: COLORS.amber, trousers: COLORS.jade }),
      );
      frame.add([ring, fig]).setData('size', size);
      this.turnFrames.set(who, frame);
    });

    // The cards, as square as the remaining space allows.
    const area = portrait ? { x: s.x, y: s.y + 240, w: s.w, h: s.h - 240 } : { x: s.x + 220, y: s.y, w: s.w - 220, h: s.h };
    const { cols, rows } = gridFor(round.cards.length, area.w, area.h);
    const gap = 20;
    const cw = Math.min(260, (area.w - gap * (cols - 1)) / cols);
    const ch = Math.min(300, (area.h - gap * (rows - 1)) / rows);
    const oy = area.y + (area.h - (rows * ch + gap * (rows - 1))) / 2 + ch / 2;
    for (const card of round.cards) {
      const c = card.index % cols;
      const r = Math.floor(card.index / cols);
      // A last row that is not full is centred.
      const inRow = Math.min(cols, round.cards.length - r * cols);
      const ox = area.x + (area.w - (inRow * cw + gap * (inRow - 1))) / 2 + cw / 2;
      const box = this.add.container(ox + c * (cw + gap), oy + r * (ch + gap));
      const back = bakedImage(this, 0, 0, 'pairs-back', cw + 8, ch + 8, this.ratio, (g) => drawCardBack(g, cw, ch));
      const radius = Math.min(cw, ch) * 0.14;
      const face = bakedImage(this, 0, 0, `pairs-${card.wing.id}`, cw + 8, ch + 8, this.ratio, (g) => {
        g.fillStyle(0xffffff, 1).fillRoundedRect(-cw / 2, -ch / 2, cw, ch, radius);
        g.lineStyle(6, INK, 1).strokeRoundedRect(-cw / 2, -ch / 2, cw, ch, radius);
        drawButterfly(g, 0, ch * 0.04, Math.min(cw, ch) * 0.78, card.wing.color as never, card.wing.pattern as never);
      });
      box.add([back, face]);
      box.setSize(cw, ch);
      const view: CardView = { card, box, face, back };
      this.showFace(view, card.open || card.matched);
      if (card.matched) box.setAlpha(0.9);
      this.views.push(view);
      // Graphics have no bounds of their own: an invisible zone marks the card for hit tests and tests.
      this.registerTarget(`card-${card.index}`, this.add.zone(box.x, box.y, cw, ch));
    }

    this.input.on(Phaser.Input.Events.POINTER_DOWN, (p: Phaser.Input.Pointer) => this.onTap(p.worldX, p.worldY));
    this.drawTurn();
    // A restart (rotation) while a mismatched pair was showing: turn it back now.
    if (round.waiting) this.settleSoon(300);
    this.updateCorrect();
  }

  private showFace(v: CardView, up: boolean): void {
    v.face.setVisible(up);
    v.back.setVisible(!up);
  }

  private flipTo(v: CardView, up: boolean): void {
    if (this.api.reducedMotion) {
      this.showFace(v, up);
      return;
    }
    this.tweens.add({
      targets: v.box,
      scaleX: 0,
      duration: FLIP_MS,
      ease: 'Sine.easeIn',
      onComplete: () => {
        this.showFace(v, up);
        this.tweens.add({ targets: v.box, scaleX: 1, duration: FLIP_MS, ease: 'Sine.easeOut' });
      },
    });
  }

  private drawTurn(): void {
    const turn = this.logic.round.turn;
    for (const [who, frame] of this.turnFrames) {
      const size = frame.getData('size') as number;
      const ring = frame.getByName('ring') as Phaser.GameObjects.Graphics;
      const on = who === turn;
      ring.clear();
      ring.fillStyle(on ? COLORS.amber : 0xffffff, on ? 1 : 0.6).fillCircle(0, 0, size / 2);
      ring.lineStyle(on ? 10 : 5, INK, on ? 1 : 0.4).strokeCircle(0, 0, size / 2);
      frame.setAlpha(on ? 1 : 0.45);
      if (!this.api.reducedMotion) this.tweens.add({ targets: frame, scale: on ? 1.06 : 0.9, duration: 260, ease: 'Back.easeOut' });
      else frame.setScale(on ? 1.06 : 0.9);
    }
    // Dad's turn is dad's to take: no idle hints meanwhile.
    this.api.setChildTurn(turn === 'child');
  }

  private cardAt(x: number, y: number): CardView | undefined {
    return this.views.find((v) => Math.abs(x - v.box.x) <= v.box.width / 2 && Math.abs(y - v.box.y) <= v.box.height / 2);
  }

  private onTap(x: number, y: number): void {
    if (!this.api.accepting() || this.busy) return;
    const v = this.cardAt(x, y);
    if (!v) {
      this.api.touch();
      return;
    }
    const res = this.logic.round.flip(v.card.index);
    if (res.kind === 'ignored') {
      this.api.touch();
      this.wobble(v.box);
      return;
    }
    this.api.sound('butterfly-flip');
    this.flipTo(v, true);
    if (res.kind === 'first') {
      this.api.touch();
      this.updateCorrect();
      return;
    }
    if (res.kind === 'match') {
      this.api.sound('butterfly-match');
      for (const i of res.indices) this.flutter(this.views[i] as CardView);
      if (this.api.hit()) {
        this.correctId = null;
        return;
      }
      this.api.ask(this.logic.prompts.match);
      this.busy = true;
      this.time.delayedCall(LOOK_MS, () => {
        this.busy = false;
        this.drawTurn();
        this.api.ask(this.logic.turnPrompt());
        this.updateCorrect();
      });
      this.correctId = null;
      return;
    }
    // Different wings: a kind giggle, a look, then they turn back and the turn passes.
    this.api.miss();
    this.api.ask(this.logic.prompts.mismatch);
    this.correctId = null;
    this.settleSoon(LOOK_MS);
  }

  private settleSoon(ms: number): void {
    this.busy = true;
    this.time.delayedCall(ms, () => {
      const open = this.views.filter((v) => v.card.open && !v.card.matched);
      this.logic.round.settle();
      for (const v of open) this.flipTo(v, false);
      this.busy = false;
      this.drawTurn();
      this.api.ask(this.logic.turnPrompt());
      this.updateCorrect();
    });
  }

  /** What a browser test should tap: the partner of an open card, else any hidden card. */
  private updateCorrect(): void {
    const open = this.views.find((v) => v.card.open && !v.card.matched);
    if (open) this.correctId = `card-${this.logic.round.partnerOf(open.card.index)}`;
    else {
      const hidden = this.views.find((v) => !v.card.open && !v.card.matched);
      this.correctId = hidden ? `card-${hidden.card.index}` : null;
    }
  }

  private flutter(v: CardView): void {
    v.box.setAlpha(0.92);
    if (this.api.reducedMotion) return;
    this.tweens.add({ targets: v.box, angle: { from: -4, to: 4 }, duration: 180, yoyo: true, repeat: 1, onComplete: () => (v.box.angle = 0) });
  }

  showHint(): void {
    // 해치's peek: the two cards of one hidden pair glow softly for a moment (they stay face down).
    const pair = this.logic.round.hintPair();
    if (!pair) return;
    for (const i of pair) {
      const v = this.views[i];
      if (!v) continue;
      const glow = this.add.rectangle(v.box.x, v.box.y, v.box.width + 16, v.box.height + 16).setStrokeStyle(10, COLORS.amber);
      this.tweens.add({ targets: glow, alpha: 0, delay: 900, duration: 500, onComplete: () => glow.destroy() });
    }
  }

  celebrate(): void {
    for (const v of this.views) this.flutter(v);
  }
}
