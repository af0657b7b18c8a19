import * as Phaser from 'phaser';
import { COLORS, CoplayScene, INK } from '../engine/coplay-scene.ts';
import { drawFace } from './faces.ts';
import { bake } from '../engine/bake.ts';
import type { Feeling, FaceMirror } from './logic.ts';

interface Choice {
  feeling: Feeling;
  box: Phaser.GameObjects.Container;
  face: Phaser.GameObjects.Image;
  r: number;
}

const CHOICE_FILL = 0xffe7b0;

/** 표정 거울's view: a hand mirror with the face to match, and the faces to choose from. */
export class FaceMirrorScene extends CoplayScene<FaceMirror> {
  private mirror!: Phaser.GameObjects.Container;
  private mirrorFace!: Phaser.GameObjects.Image;
  private mirrorR = 150;
  private choices: Choice[] = [];
  private busy = false;

  constructor() {
    super('face-mirror');
  }

  create(): void {
    this.setupStage();
    this.busy = false;
    const portrait = this.layout === 'portrait';
    // The hand mirror: a jade frame, a handle, the face inside.
    this.mirrorR = portrait ? 140 : 160;
    const mx = this.W / 2;
    const my = portrait ? 60 + this.mirrorR * 1.1 : 40 + this.mirrorR * 1.1;
    this.mirror = this.add.container(mx, my);
    const frameKey = bake(this, 'mirror-frame', this.mirrorR * 2.4, this.mirrorR * 3, this.ratio, (frame) => {
    frame.fillStyle(COLORS.jade, 1).fillRoundedRect(-26, this.mirrorR * 0.95, 52, this.mirrorR * 0.45, 20);
    frame.lineStyle(6, INK, 1).strokeRoundedRect(-26, this.mirrorR * 0.95, 52, this.mirrorR * 0.45, 20);
    frame.fillStyle(COLORS.jade, 1).fillEllipse(0, 0, this.mirrorR * 2.2, this.mirrorR * 2.3);
    frame.lineStyle(6, INK, 1).strokeEllipse(0, 0, this.mirrorR * 2.2, this.mirrorR * 2.3);
    frame.fillStyle(0xdff2fd, 1).fillEllipse(0, 0, this.mirrorR * 1.9, this.mirrorR * 2.0);
    frame.lineStyle(5, INK, 1).strokeEllipse(0, 0, this.mirrorR * 1.9, this.mirrorR * 2.0);
    }, { x: this.mirrorR * 1.2, y: this.mirrorR * 1.2 });
    const frame = this.add.image(0, 0, frameKey).setOrigin(0.5, 0.4).setDisplaySize(this.mirrorR * 2.4, this.mirrorR * 3);
    this.mirrorFace = this.add.image(0, 0, this.faceKey(this.logic.round.feeling, this.mirrorR * 0.8, 0xfff9ef)).setDisplaySize(this.mirrorR * 1.7, this.mirrorR * 1.7);
    this.mirror.add([frame, this.mirrorFace]);
    this.drawRound();
    this.input.on(Phaser.Input.Events.POINTER_DOWN, (_p: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[]) => {
      if (over.length === 0 && this.api.accepting()) this.api.touch();
    });
  }

  /** Lays out the mirror's face and the choices for the current round. */
  private drawRound(): void {
    this.mirrorFace.setTexture(this.faceKey(this.logic.round.feeling, this.mirrorR * 0.8, 0xfff9ef)).setDisplaySize(this.mirrorR * 1.7, this.mirrorR * 1.7);
    for (const c of this.choices) c.box.destroy();
    this.choices = [];
    this.clearTargets();
    const s = this.safe;
    const n = this.logic.options.length;
    const portrait = this.layout === 'portrait';
    const top = this.mirror.y + this.mirrorR * 1.45 + 20;
    const rows = portrait && n > 2 ? 2 : 1;
    const cols = Math.ceil(n / rows);
    const cellW = s.w / cols;
    const cellH = (s.y + s.h - top) / rows;
    const r = Math.min(135, cellW * 0.42, cellH * 0.42);
    this.logic.options.forEach((feeling, i) => {
      const col = i % cols;
      const row = Math.floor(i / cols);
      // An incomplete last row is centred.
      const inRow = Math.min(cols, n - row * cols);
      const x = s.x + (s.w - inRow * cellW) / 2 + cellW * (col + 0.5);
      const y = top + cellH * (row + 0.5);
      // An invisible, non-drawing tap area: a circle as big as the face.
      const hit = this.add.zone(0, 0, r * 2, r * 2);
      const face = this.add.image(0, 0, this.faceKey(feeling, r, CHOICE_FILL)).setDisplaySize(r * 2.12, r * 2.12);
      const box = this.add.container(x, y, [face, hit]);
      hit.setInteractive({ hitArea: new Phaser.Geom.Circle(r, r, r), hitAreaCallback: Phaser.Geom.Circle.Contains, useHandCursor: true });
      hit.on(Phaser.Input.Events.GAMEOBJECT_POINTER_DOWN, () => this.onPick(this.choices[i] as Choice));
      this.choices.push({ feeling, box, face, r });
      this.registerTarget(feeling, hit);
    });
    this.correctId = this.logic.round.feeling;
  }

  private onPick(c: Choice): void {
    if (this.busy || !this.api.accepting()) return;
    if (this.logic.pick(c.feeling) === 'miss') {
      // The wrong face pulls a silly face and wobbles: funny, never a buzzer.
      this.api.miss();
      c.face.setTexture(this.faceKey('silly', c.r, CHOICE_FILL)).setDisplaySize(c.r * 2.12, c.r * 2.12);
      this.wobble(c.box);
      this.time.delayedCall(900, () => {
        if (c.face.active) c.face.setTexture(this.faceKey(c.feeling, c.r, CHOICE_FILL)).setDisplaySize(c.r * 2.12, c.r * 2.12);
      });
      return;
    }
    this.busy = true;
    this.hop(c.box, 30);
    const ring = this.add.circle(c.box.x, c.box.y, c.r * 1.08).setStrokeStyle(10, COLORS.jade);
    this.tweens.add({ targets: ring, alpha: 0, duration: 900, onComplete: () => ring.destroy() });
    this.correctId = null;
    if (this.api.hit()) return;
    this.time.delayedCall(this.api.reducedMotion ? 300 : 700, () => {
      this.logic.next();
      this.drawRound();
      this.busy = false;
      this.api.ask(this.logic.prompt);
    });
  }

  /** A face baked once per feeling, size and fill (a 6% margin keeps the outline and the tear inside). */
  private faceKey(feeling: Feeling | 'silly', r: number, fill: number): string {
    return bake(this, `face-${feeling}-${fill.toString(16)}`, r * 2.12, r * 2.12, this.ratio, (g) => drawFace(g, 0, 0, r, feeling, fill));
  }

  showHint(): void {
    const c = this.choices.find((x) => x.feeling === this.logic.round.feeling);
    this.pulse(this.mirror);
    if (c) this.pulse(c.box);
  }

  celebrate(): void {
    for (const c of this.choices) this.hop(c.box, 40);
  }
}
