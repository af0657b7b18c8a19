import * as Phaser from 'phaser';
import { COLORS, CoplayScene, INK } from '../engine/coplay-scene.ts';
import { drawFigure } from '../engine/figure.ts';
import { preloadHaechi } from '../engine/haechi-art.ts';
import { bake } from '../engine/bake.ts';
import { figureZones, sureRadius, zoneAt, type BodyMatch, type Zone } from './logic.ts';

/** Portrait: the height of the band on top that holds 해치 and the bubble (design px). */
const BAND = 340;

/** 우리 몸 짝꿍's view: 해치 and a bubble showing the part(s) on a small figure; dad's big figure to tap. */
export class BodyMatchScene extends CoplayScene<BodyMatch> {
  private zones: Zone[] = [];
  private haechi!: Phaser.GameObjects.Image;
  private bubble!: Phaser.GameObjects.Container;
  private marks!: Phaser.GameObjects.Graphics;
  private miniZones: Zone[] = [];
  private poseTimer: Phaser.Time.TimerEvent | null = null;

  constructor() {
    super('body-match');
  }

  preload(): void {
    preloadHaechi(this, this.ratio);
  }

  create(): void {
    this.setupStage();
    const portrait = this.layout === 'portrait';
    const s = this.safe;
    // Dad's figure: as large as the child zone allows, its feet clear of the bottom edge. In portrait
    // 해치 and the bubble take a band on top, and the figure's outstretched hands (half its height to
    // each side) bound it by the stage's width.
    const top = portrait ? BAND + 10 : s.y + 10;
    const fh = portrait ? Math.min(s.y + s.h - top - 20, (this.W / 2 - s.x / 2) / 0.5) : s.h - 30;
    const cx = portrait ? this.W / 2 : this.W * 0.62;
    // Dad's figure never moves: it is part of the backdrop behind the canvas.
    const key = bake(this, `body-dad-${Math.round(cx)}-${Math.round(top)}-${Math.round(fh)}`, this.W, this.H, this.ratio, (g) => {
      g.fillStyle(0xfff9ef, 1).fillRect(0, 0, this.W, this.H);
      g.fillStyle(0xc9e8c0, 1).fillEllipse(cx, top + fh * 0.99, fh * 0.6, fh * 0.06);
      drawFigure(g, cx, top, fh, { shirt: COLORS.blue, trousers: COLORS.plum });
    }, { x: 0, y: 0 });
    this.backdrop(key);
    this.zones = figureZones(cx, top, fh);
    // Zones draw nothing: they only tell browser tests where each part is (taps go through zoneAt).
    // Each one as big as the taps it surely takes (logic.ts sureRadius), which is what a child gets.
    for (const z of this.zones) {
      const r = sureRadius(z, this.zones);
      this.registerTarget(z.id, this.add.zone(z.x, z.y, r * 2, r * 2));
    }
    this.marks = this.add.graphics();

    // 해치 with the bubble that shows which part.
    const hh = portrait ? BAND - 90 : 320;
    const hx = portrait ? 150 : 190;
    const hy = portrait ? 40 + hh / 2 + 20 : this.H * 0.62;
    this.haechi = this.add.image(hx, hy, 'haechi-point').setDisplaySize((hh * 240) / 260, hh);
    const bw = portrait ? 420 : 300;
    const bh = portrait ? BAND - 40 : 340;
    const bx = portrait ? 320 + bw / 2 : 190;
    const by = 40 + bh / 2;
    this.bubble = this.add.container(bx, by);
    const mh = bh - 60;
    const bubbleKey = bake(this, 'body-bubble', bw + 8, bh + 8, this.ratio, (g) => {
      g.fillStyle(0xffffff, 1).fillRoundedRect(-bw / 2, -bh / 2, bw, bh, 36);
      g.lineStyle(6, INK, 1).strokeRoundedRect(-bw / 2, -bh / 2, bw, bh, 36);
      drawFigure(g, 0, -bh / 2 + 30, mh, { shirt: COLORS.sky, trousers: 0xcfc6e6, line: 4 });
    });
    this.miniZones = figureZones(0, -bh / 2 + 30, mh);
    this.bubble.add(this.add.image(0, 0, bubbleKey).setDisplaySize(bw + 8, bh + 8));
    this.drawBubble();

    this.input.on(Phaser.Input.Events.POINTER_DOWN, (p: Phaser.Input.Pointer) => this.onTap(p.worldX, p.worldY));
    this.correctId = this.logic.wanted;
  }

  /** Highlights in the bubble the part(s) this step asks for, numbered when there are several. */
  private drawBubble(): void {
    const old = this.bubble.getByName('marks');
    old?.destroy();
    const g = this.add.graphics().setName('marks');
    const items: Phaser.GameObjects.GameObject[] = [g];
    this.logic.step.parts.forEach((part, i) => {
      const done = i < this.logic.done;
      for (const z of this.miniZones.filter((m) => m.part === part)) {
        g.fillStyle(done ? COLORS.jade : COLORS.amber, 0.55).fillCircle(z.x, z.y, z.r * 0.9);
        g.lineStyle(5, INK, 1).strokeCircle(z.x, z.y, z.r * 0.9);
      }
      if (this.logic.step.parts.length > 1) {
        const first = this.miniZones.find((m) => m.part === part);
        if (first) {
          const n = this.label(first.x + first.r + 8, first.y - first.r, String(i + 1), 34, { color: '#2B2B3A', backgroundColor: '#FFF9EF' });
          n.setName('num');
          items.push(n);
        }
      }
    });
    for (const n of this.bubble.getAll('name', 'num')) n.destroy();
    this.bubble.add(items);
  }

  private onTap(x: number, y: number): void {
    if (!this.api.accepting()) return;
    const z = zoneAt(this.zones, x, y);
    if (!z) {
      this.api.touch();
      return;
    }
    const result = this.logic.tap(z.part);
    if (result === 'miss') {
      this.api.miss();
      this.ring(z, COLORS.sky);
      this.pose('giggle', 900);
      this.wobble(this.haechi);
      return;
    }
    this.ring(z, COLORS.jade);
    this.api.sound('tap');
    if (result === 'progress') {
      this.api.touch();
      this.correctId = this.logic.wanted;
      this.drawBubble();
      return;
    }
    this.pose('cheer', 1000);
    this.hop(this.haechi);
    if (this.api.hit()) {
      this.correctId = null;
      return;
    }
    this.logic.next();
    this.correctId = this.logic.wanted;
    this.drawBubble();
    this.api.ask(this.logic.prompt);
  }

  private ring(z: Zone, color: number): void {
    const c = this.add.circle(z.x, z.y, z.r * 0.85, color, 0.45).setStrokeStyle(6, INK);
    this.tweens.add({ targets: c, alpha: 0, scale: this.api.reducedMotion ? 1 : 1.25, duration: 600, onComplete: () => c.destroy() });
  }

  private pose(name: string, ms: number): void {
    this.haechi.setTexture(`haechi-${name}`);
    this.poseTimer?.remove();
    this.poseTimer = this.time.delayedCall(ms, () => this.haechi.setTexture('haechi-point'));
  }

  showHint(): void {
    this.marks.clear();
    const want = this.zones.filter((z) => z.part === this.logic.wanted);
    for (const z of want) this.marks.lineStyle(10, COLORS.amber, 1).strokeCircle(z.x, z.y, z.r * 0.9);
    this.marks.setAlpha(1);
    this.tweens.add({ targets: this.marks, alpha: 0, delay: 1600, duration: 600 });
    this.pulse(this.bubble);
  }

  celebrate(): void {
    this.pose('cheer', 5000);
    this.hop(this.haechi, 70);
  }
}
