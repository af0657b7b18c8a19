import * as Phaser from 'phaser';
import { COLORS, CoplayScene, INK } from '../engine/coplay-scene.ts';
import { drawItem } from './art.ts';
import { bake, bakedImage } from '../engine/bake.ts';
import { layoutItems, type Kind, type RiverHunt } from './logic.ts';

/** 한강 숨은그림's view: sky, Banpo-style bridge with a rainbow fountain, the river, the grassy bank. */
export class RiverHuntScene extends CoplayScene<RiverHunt> {
  private things = new Map<Kind, Phaser.GameObjects.Container>();
  private busy = false;

  constructor() {
    super('han-river-hunt');
  }

  create(): void {
    this.setupStage();
    this.busy = false;
    const s = this.safe;
    const { placed, zoneTop } = layoutItems(this.logic.items, s);
    const hasRiver = placed.some((p) => p.y >= zoneTop.river);
    const riverTop = hasRiver ? zoneTop.river : this.H * 0.4;
    const bankTop = Math.max(riverTop + 60, placed.some((p) => p.y >= zoneTop.bank) ? zoneTop.bank : this.H * 0.68);
    this.drawPark(riverTop, bankTop);

    this.things.clear();
    for (const p of placed) {
      const art = bakedImage(this, 0, 0, `river-${p.kind}`, p.r * 2.3, p.r * 2.3, this.ratio, (g) => drawItem(g, p.kind, p.r * 0.85));
      // An invisible, non-drawing tap area around the thing.
      const hit = this.add.zone(0, 0, p.r * 2, p.r * 2);
      const box = this.add.container(p.x, p.y, [art, hit]);
      hit.setInteractive({ hitArea: new Phaser.Geom.Circle(p.r, p.r, p.r), hitAreaCallback: Phaser.Geom.Circle.Contains, useHandCursor: true });
      hit.on(Phaser.Input.Events.GAMEOBJECT_POINTER_DOWN, () => this.onPick(p.kind));
      this.things.set(p.kind, box);
      this.registerTarget(p.kind, hit);
      // A gentle bob on the water and in the air: the picture is alive, never flashing.
      if (!this.api.reducedMotion && p.kind !== 'tent' && p.kind !== 'bike') {
        this.tweens.add({ targets: art, y: { from: -6, to: 6 }, duration: 1600 + (p.x % 400), yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
      }
    }
    this.correctId = this.logic.question.find;
    this.input.on(Phaser.Input.Events.POINTER_DOWN, (_p: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[]) => {
      if (over.length === 0 && this.api.accepting()) this.api.touch();
    });
  }

  private drawPark(riverTop: number, bankTop: number): void {
    const key = bake(this, `river-park-${Math.round(riverTop)}-${Math.round(bankTop)}`, this.W, this.H, this.ratio, (g) => this.paintPark(g, riverTop, bankTop), { x: 0, y: 0 });
    this.backdrop(key);
  }

  private paintPark(g: Phaser.GameObjects.Graphics, riverTop: number, bankTop: number): void {
    g.fillStyle(COLORS.sky, 0.55).fillRect(0, 0, this.W, riverTop);
    // Far bank: simple city blocks, no logos, no real buildings.
    const blocks = Math.ceil(this.W / 90);
    for (let i = 0; i < blocks; i++) {
      const h = 40 + ((i * 37) % 70);
      g.fillStyle(i % 3 === 0 ? 0xcfc6e6 : 0xe3dccb, 1).fillRect(i * 90 + 6, riverTop - h, 78, h);
      g.lineStyle(4, INK, 0.5).strokeRect(i * 90 + 6, riverTop - h, 78, h);
    }
    g.fillStyle(COLORS.blue, 0.55).fillRect(0, riverTop, this.W, bankTop - riverTop);
    g.lineStyle(4, 0xffffff, 0.7);
    for (let y = riverTop + 30; y < bankTop - 10; y += 46) for (let x = (y * 3) % 120; x < this.W; x += 160) g.lineBetween(x, y, x + 50, y);
    // The bridge along the river's far edge with the rainbow fountain falling from it.
    const by = riverTop + 10;
    g.fillStyle(0xe8e1d3, 1).fillRect(0, by - 14, this.W, 24);
    g.lineStyle(5, INK, 1).strokeRect(-5, by - 14, this.W + 10, 24);
    const rainbow = [COLORS.red, COLORS.amber, COLORS.grass, COLORS.blue, COLORS.plum];
    for (let x = 60; x < this.W; x += 180) {
      rainbow.forEach((c, i) => {
        g.lineStyle(5, c, 0.8).beginPath().arc(x + 40, by + 10, 18 + i * 7, 0, Math.PI * 0.5).strokePath();
      });
    }
    g.fillStyle(COLORS.grass, 0.75).fillRect(0, bankTop, this.W, this.H - bankTop);
    g.lineStyle(6, INK, 0.8).lineBetween(0, bankTop, this.W, bankTop);
  }

  private onPick(kind: Kind): void {
    if (this.busy || !this.api.accepting()) return;
    const box = this.things.get(kind);
    if (!box) return;
    if (this.logic.pick(kind) === 'miss') {
      this.api.miss();
      this.wobble(box);
      return;
    }
    this.busy = true;
    this.correctId = null;
    this.hop(box, 40);
    const ring = this.add.circle(box.x, box.y, 120).setStrokeStyle(10, COLORS.jade);
    this.tweens.add({ targets: ring, alpha: 0, scale: this.api.reducedMotion ? 1 : 1.2, duration: 900, onComplete: () => ring.destroy() });
    if (this.api.hit()) return;
    this.time.delayedCall(this.api.reducedMotion ? 300 : 700, () => {
      this.logic.next();
      this.correctId = this.logic.question.find;
      this.busy = false;
      this.api.ask(this.logic.prompt);
    });
  }

  showHint(): void {
    const box = this.things.get(this.logic.question.find);
    if (box) this.pulse(box);
  }

  celebrate(): void {
    let i = 0;
    for (const box of this.things.values()) this.time.delayedCall(80 * i++, () => this.hop(box, 30));
  }
}
