import * as Phaser from 'phaser';
import { COLORS, CoplayScene, INK, PAPER } from '../engine/coplay-scene.ts';
import { drawFigure } from '../engine/figure.ts';
import { bake, bakedImage } from '../engine/bake.ts';
import { preloadHaechi } from '../engine/haechi-art.ts';
import { loadSound } from '../engine/audio.ts';
import { craneOffset, type Player } from './logic.ts';
import { drawBlock } from './block-art.ts';
import type { BlockKind } from './data.ts';
import type { TowerLogic } from './index.ts';
import pressUrl from '../../../assets/audio/tower-press.wav?url';
import dropUrl from '../../../assets/audio/tower-drop.wav?url';
import landUrl from '../../../assets/audio/tower-land.wav?url';
import wobbleUrl from '../../../assets/audio/tower-wobble.wav?url';


/**
 * 높이 높이 탑 쌓기: a crane swings the next Seoul building over the tower; dad's hand button and the
 * child's hand button, on either side, must both be pressed (together, or dad first) to drop it.
 * A block set far off wobbles, and 해치 pushes it straight: the tower never falls.
 */
export class TowerStackScene extends CoplayScene<TowerLogic> {
  private buttons = new Map<Player, Phaser.GameObjects.Container>();
  private hanging!: Phaser.GameObjects.Container;
  private crane!: Phaser.GameObjects.Container;
  private haechi!: Phaser.GameObjects.Image;
  private blocks: Phaser.GameObjects.Container[] = [];
  private busy = false;
  private swingStart = 0;
  private centerX = 0;
  private groundY = 0;
  private craneY = 0;
  private bh = 70;
  /** Block width: a fifth of the stage, at most 230. */
  private BW = 230;

  constructor() {
    super('tower-stack');
  }

  preload(): void {
    preloadHaechi(this, this.ratio, 200);
    loadSound('tower-press', pressUrl);
    loadSound('tower-drop', dropUrl);
    loadSound('tower-land', landUrl);
    loadSound('tower-wobble', wobbleUrl);
  }

  private kind(i: number): BlockKind {
    return this.logic.data.blocks[i] ?? 'glass';
  }

  private heightOf(i: number): number {
    return this.kind(i) === 'spire' ? this.bh * 1.8 : this.bh;
  }

  /** The y of the top of block i (0 = bottom), drawn bottom-up from the ground. */
  private topOf(i: number): number {
    let y = this.groundY;
    for (let k = 0; k <= i; k++) y -= this.heightOf(k);
    return y;
  }

  create(): void {
    this.setupStage();
    this.blocks = [];
    this.busy = false;
    const portrait = this.layout === 'portrait';
    const s = this.safe;
    // Still pictures are baked once (a live Graphics is re-drawn every frame): sky and hill as the backdrop.
    const ground = portrait ? this.H * 0.62 : this.H - 70;
    this.backdrop(
      bake(this, `tower-sky-${Math.round(ground)}`, this.W, this.H, this.ratio, (g) => {
        g.fillStyle(0xdff1fb, 1).fillRect(0, 0, this.W, this.H);
        g.fillStyle(COLORS.grass, 1).fillEllipse(this.W / 2, ground + 60, Math.min(this.W * 0.9, 740), 140);
        g.lineStyle(6, INK, 1).strokeEllipse(this.W / 2, ground + 60, Math.min(this.W * 0.9, 740), 140);
      }, { x: 0, y: 0 }),
    );
    this.centerX = this.W / 2;
    this.BW = Math.min(230, this.W * 0.2);
    this.craneY = s.y + 40;
    this.groundY = portrait ? this.H * 0.62 : this.H - 70;
    const n = this.logic.data.blocks.length;
    this.bh = Math.min(80, (this.groundY - this.craneY - 130) / (n + 0.8));

    // The blocks already standing (a restart after rotation redraws them from the logic).
    this.logic.round.offsets.forEach((off, i) => this.blocks.push(this.makeBlock(i, this.centerX + off * this.BW, this.topOf(i) + this.heightOf(i) / 2)));

    // The crane: a rail across the top and a hook that carries the next block.
    const railW = this.BW * 4;
    bakedImage(this, this.centerX, this.craneY - 20, 'tower-rail', railW + 10, 12, this.ratio, (g) => g.lineStyle(8, INK, 1).beginPath().moveTo(-railW / 2, 0).lineTo(railW / 2, 0).strokePath());
    this.crane = this.add.container(this.centerX, this.craneY - 20);
    const hook = bakedImage(this, 0, 10, 'tower-hook', 70, 56, this.ratio, (g) => {
      g.fillStyle(COLORS.amber, 1).fillRoundedRect(-30, -24, 60, 28, 10).lineStyle(5, INK, 1).strokeRoundedRect(-30, -24, 60, 28, 10);
      g.lineStyle(5, INK, 1).beginPath().moveTo(0, 4).lineTo(0, 24).strokePath();
    });
    this.crane.add(hook);
    this.hanging = this.add.container(0, 0);
    this.crane.add(this.hanging);
    this.hangNext();
    this.swingStart = this.time.now;

    // 해치 watches from the side and fixes wobbles.
    const hx = portrait ? this.W - 120 : this.centerX + this.BW * 1.45;
    this.haechi = this.add.image(hx, this.groundY - 70, 'haechi-point').setDisplaySize((150 * 240) / 260, 150);

    // The two hand buttons: dad's (blue) and the child's (amber), away from the bottom edge.
    const r = portrait ? Math.min(130, (s.y + s.h - this.groundY - 40) / 2) : 125;
    const y = portrait ? s.y + s.h - r - 8 : this.H * 0.45;
    const xs: Record<Player, number> = portrait ? { dad: this.W * 0.27, child: this.W * 0.73 } : { dad: s.x + r + 8, child: s.x + s.w - r - 8 };
    for (const who of ['dad', 'child'] as Player[]) this.buttons.set(who, this.makeButton(who, xs[who], y, r));

    this.input.on(Phaser.Input.Events.POINTER_DOWN, (p: Phaser.Input.Pointer) => this.onTap(p.worldX, p.worldY));
    this.correctId = this.logic.round.complete ? null : 'dad-hand';
  }

  private makeBlock(i: number, x: number, y: number): Phaser.GameObjects.Container {
    const h = this.heightOf(i);
    return this.add.container(x, y, [this.blockImage(i)]).setSize(this.BW, h);
  }

  private hangNext(): void {
    this.hanging.removeAll(true);
    const i = this.logic.round.height;
    if (i >= this.logic.data.blocks.length) return;
    const img = this.blockImage(i);
    img.setPosition(0, 34 + this.heightOf(i) / 2);
    this.hanging.add(img);
  }

  private blockImage(i: number): Phaser.GameObjects.Image {
    const h = this.heightOf(i);
    const kind = this.kind(i);
    return bakedImage(this, 0, 0, `tower-${kind}`, this.BW + 8, h + 8, this.ratio, (g) => drawBlock(g, kind, this.BW, h));
  }

  private makeButton(who: Player, x: number, y: number, r: number): Phaser.GameObjects.Container {
    const c = this.add.container(x, y);
    const disc = this.add.graphics().setName('disc');
    // The player's figure in the top of the disc, the big open hand below it: "press here".
    const fh = who === 'dad' ? r * 0.85 : r * 0.62;
    const art = bakedImage(this, 0, 0, `tower-btn-${who}`, r * 2, r * 2, this.ratio, (hand) => {
      drawFigure(hand, 0, -r * 0.02 - fh, fh, who === 'dad' ? { shirt: COLORS.blue, trousers: COLORS.plum } : { shirt: COLORS.amber, trousers: COLORS.jade });
      hand.fillStyle(PAPER, 1).lineStyle(5, INK, 1);
      hand.fillRoundedRect(-r * 0.22, r * 0.38, r * 0.44, r * 0.34, r * 0.12).strokeRoundedRect(-r * 0.22, r * 0.38, r * 0.44, r * 0.34, r * 0.12);
      for (let k = 0; k < 4; k++) {
        const fx = -r * 0.2 + k * r * 0.135;
        hand.fillRoundedRect(fx, r * 0.14, r * 0.11, r * 0.3, r * 0.055).strokeRoundedRect(fx, r * 0.14, r * 0.11, r * 0.3, r * 0.055);
      }
      hand.fillRoundedRect(r * 0.17, r * 0.42, r * 0.2, r * 0.1, r * 0.05).strokeRoundedRect(r * 0.17, r * 0.42, r * 0.2, r * 0.1, r * 0.05);
    });
    c.add([disc, art]).setSize(r * 2, r * 2).setData('r', r).setData('who', who);
    this.paintButton(c, false);
    this.registerTarget(`${who}-hand`, this.add.zone(x, y, r * 2, r * 2));
    return c;
  }

  private paintButton(c: Phaser.GameObjects.Container, lit: boolean): void {
    const r = c.getData('r') as number;
    const who = c.getData('who') as Player;
    const disc = c.getByName('disc') as Phaser.GameObjects.Graphics;
    disc.clear();
    disc.fillStyle(lit ? COLORS.amber : who === 'dad' ? 0xcfe3f7 : 0xfde9c2, 1).fillCircle(0, 0, r);
    disc.lineStyle(lit ? 12 : 7, INK, 1).strokeCircle(0, 0, r);
  }

  override update(): void {
    if (this.busy || this.logic.round.complete) return;
    this.crane.x = this.centerX + craneOffset(this.time.now - this.swingStart, this.logic.round.rules) * this.BW;
  }

  private buttonAt(x: number, y: number): Player | null {
    for (const [who, c] of this.buttons) if (Phaser.Math.Distance.Between(x, y, c.x, c.y) <= (c.getData('r') as number)) return who;
    return null;
  }

  private onTap(x: number, y: number): void {
    if (!this.api.accepting() || this.logic.round.complete) return;
    const who = this.buttonAt(x, y);
    if (!who) {
      this.api.touch();
      return;
    }
    const btn = this.buttons.get(who) as Phaser.GameObjects.Container;
    if (this.busy) {
      this.wobble(btn);
      this.api.touch();
      return;
    }
    this.api.sound('tower-press');
    const res = this.logic.round.press(who, this.time.now);
    if (res.kind === 'waiting-for') {
      this.api.touch();
      this.lightFor(btn);
      this.api.ask(res.who === 'child' ? this.logic.prompts.waitChild : this.logic.prompts.waitDad);
      this.correctId = `${res.who}-hand`;
      return;
    }
    this.paintButton(btn, true);
    this.time.delayedCall(250, () => this.buttons.forEach((b) => this.paintButton(b, false)));
    this.drop();
  }

  /** A pressed hand stays lit for the "together" window, so both see the other's press. */
  private lightFor(btn: Phaser.GameObjects.Container): void {
    this.buttons.forEach((b) => this.paintButton(b, b === btn));
    this.time.delayedCall(this.logic.round.rules.togetherMs, () => {
      if (!this.busy) this.paintButton(btn, false);
    });
  }

  private drop(): void {
    this.busy = true;
    this.correctId = null;
    const i = this.logic.round.height;
    const craneAt = (this.crane.x - this.centerX) / this.BW;
    const h = this.heightOf(i);
    const block = this.makeBlock(i, this.crane.x, this.crane.y + 34 + h / 2);
    this.hanging.removeAll(true);
    this.api.sound('tower-drop');
    const landY = this.topOf(i) + h / 2;
    this.tweens.add({
      targets: block,
      y: landY,
      duration: this.api.reducedMotion ? 120 : 420,
      ease: 'Quad.easeIn',
      onComplete: () => this.landed(block, craneAt),
    });
  }

  private landed(block: Phaser.GameObjects.Container, craneAt: number): void {
    const res = this.logic.round.land(craneAt);
    this.blocks.push(block);
    this.api.sound('tower-land');
    const settle = (): void => {
      this.busy = false;
      if (this.api.hit()) return;
      this.api.ask(res.kind === 'wobble' ? this.logic.prompts.wobble : this.logic.prompts.stacked);
      this.hangNext();
      this.correctId = 'dad-hand';
    };
    if (res.kind === 'stacked') {
      this.hop(this.haechi, 30);
      settle();
      return;
    }
    // The kind rebuild: a wobble, 해치 hurries over, the block slides square onto the one below.
    this.api.sound('tower-wobble');
    this.haechi.setTexture('haechi-surprised');
    const target = this.centerX + (this.logic.round.offsets[this.logic.round.height - 1] ?? 0) * this.BW;
    const fix = (): void => {
      this.haechi.setTexture('haechi-cheer');
      this.tweens.add({
        targets: block,
        x: target,
        angle: 0,
        duration: this.api.reducedMotion ? 100 : 380,
        ease: 'Back.easeOut',
        onComplete: () => {
          this.time.delayedCall(500, () => this.haechi.setTexture('haechi-point'));
          settle();
        },
      });
    };
    if (this.api.reducedMotion) fix();
    else this.tweens.add({ targets: block, angle: { from: -7, to: 7 }, duration: 140, yoyo: true, repeat: 2, onComplete: fix });
  }

  showHint(): void {
    const want = this.correctId === 'child-hand' ? 'child' : 'dad';
    const btn = this.buttons.get(want);
    if (btn) this.pulse(btn);
  }

  celebrate(): void {
    this.haechi.setTexture('haechi-cheer');
    this.hop(this.haechi, 60);
    this.blocks.forEach((b, i) => {
      if (!this.api.reducedMotion) this.tweens.add({ targets: b, y: b.y - 12, delay: i * 60, duration: 160, yoyo: true });
    });
  }
}
