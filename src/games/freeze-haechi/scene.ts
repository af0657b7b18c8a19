import * as Phaser from 'phaser';
import { isPlaying, loadSound, playSound, stopSound } from '../engine/audio.ts';
import { COLORS, CoplayScene, INK } from '../engine/coplay-scene.ts';
import { preloadHaechi } from '../engine/haechi-art.ts';
import { bake } from '../engine/bake.ts';
import type { FreezeData, FreezeHaechi } from './logic.ts';
import musicUrl from '../../../assets/audio/freeze-music.wav?url';
import hopUrl from '../../../assets/audio/freeze-hop.wav?url';

/** 멈춰! 해치's view: stepping stones to a palace gate, 해치 hopping on taps, a drum when dad stops the music. */
export class FreezeHaechiScene extends CoplayScene<FreezeHaechi> {
  private haechi!: Phaser.GameObjects.Image;
  private stones: Array<{ x: number; y: number }> = [];
  private drum!: Phaser.GameObjects.Container;
  private notes: Phaser.Time.TimerEvent | null = null;
  private baseH = 260;

  constructor() {
    super('freeze-haechi');
  }

  private get data0(): FreezeData {
    return this.api.level.data as FreezeData;
  }

  preload(): void {
    preloadHaechi(this, this.ratio);
    loadSound('freeze-music', musicUrl, { loop: true });
    loadSound('freeze-hop', hopUrl);
  }

  create(): void {
    this.setupStage();
    const portrait = this.layout === 'portrait';
    const s = this.safe;
    const ground = portrait ? this.H * 0.62 : this.H * 0.66;

    // Stepping stones from the left to the gate.
    const x0 = s.x + 80;
    const x1 = this.W - (portrait ? 250 : 320);
    const lap = this.data0.lap;
    this.stones = [];
    for (let i = 0; i < lap; i++) this.stones.push({ x: x0 + ((x1 - x0) * i) / Math.max(1, lap - 1), y: ground + 40 + (i % 2) * 14 });
    // Sky, grass, the palace gate and the stones never change: one baked picture.
    const bg = bake(this, `freeze-yard-${lap}-${Math.round(ground)}`, this.W, this.H, this.ratio, (g) => {
      g.fillStyle(0xd0ebfb, 1).fillRect(0, 0, this.W, ground);
      g.fillStyle(0xb5dfa9, 1).fillRect(0, ground, this.W, this.H - ground);
      this.drawGate(g, this.W - (portrait ? 120 : 150), ground, portrait ? 200 : 260);
      for (const st of this.stones) {
        g.fillStyle(0xe8e1d3, 1).fillEllipse(st.x, st.y, 70, 30);
        g.lineStyle(5, INK, 1).strokeEllipse(st.x, st.y, 70, 30);
      }
    }, { x: 0, y: 0 });
    this.backdrop(bg);
    this.baseH = portrait ? 240 : 280;
    const at = this.stones[this.logic.stone] ?? this.stones[0]!;
    this.haechi = this.add.image(at.x, at.y - 6, 'haechi-point').setOrigin(0.5, 0.95).setDisplaySize((this.baseH * 240) / 260, this.baseH);
    this.haechi.setInteractive({ useHandCursor: true });
    this.registerTarget('haechi', this.haechi);

    // The drum that shows when dad stops the music (shape, not only colour, says "stop").
    this.drum = this.add.container(portrait ? this.W / 2 : this.W * 0.42, portrait ? 150 : 150);
    const drumKey = bake(this, 'freeze-drum', 200, 140, this.ratio, (d) => {
      d.fillStyle(COLORS.red, 1).fillRoundedRect(-90, -50, 180, 100, 30);
      d.lineStyle(6, INK, 1).strokeRoundedRect(-90, -50, 180, 100, 30);
      d.fillStyle(0xfff9ef, 1).fillEllipse(0, -50, 180, 44);
      d.lineStyle(6, INK, 1).strokeEllipse(0, -50, 180, 44);
      d.lineStyle(6, INK, 1).lineBetween(-60, -20, -20, 40).lineBetween(60, -20, 20, 40);
    }, { x: 100, y: 80 });
    this.drum.add(this.add.image(0, -10, drumKey).setDisplaySize(200, 140));
    this.drum.setVisible(false);

    this.input.on(Phaser.Input.Events.POINTER_DOWN, () => this.onTap());
    this.events.on(Phaser.Scenes.Events.PAUSE, () => this.music(false));
    this.events.on(Phaser.Scenes.Events.RESUME, () => this.music(this.logic.phase === 'music'));
    this.applyPhase(false);
  }

  protected override onTeardown(): void {
    stopSound('freeze-music');
    this.notes?.remove();
  }

  private drawGate(g: Phaser.GameObjects.Graphics, cx: number, ground: number, w: number): void {
    const h = w * 0.9;
    // Stone base with an arched door, red pillars, and the curved roof a child recognises.
    g.fillStyle(0xd9cfbd, 1).fillRect(cx - w / 2, ground - h * 0.45, w, h * 0.45);
    g.lineStyle(6, INK, 1).strokeRect(cx - w / 2, ground - h * 0.45, w, h * 0.45);
    g.fillStyle(INK, 1).fillRoundedRect(cx - w * 0.14, ground - h * 0.34, w * 0.28, h * 0.34, { tl: w * 0.14, tr: w * 0.14, bl: 0, br: 0 });
    g.fillStyle(COLORS.red, 1).fillRect(cx - w * 0.4, ground - h * 0.72, w * 0.8, h * 0.27);
    g.lineStyle(6, INK, 1).strokeRect(cx - w * 0.4, ground - h * 0.72, w * 0.8, h * 0.27);
    g.fillStyle(COLORS.jade, 1);
    g.beginPath()
      .moveTo(cx - w * 0.62, ground - h * 0.66)
      .lineTo(cx - w * 0.42, ground - h * 0.95)
      .lineTo(cx + w * 0.42, ground - h * 0.95)
      .lineTo(cx + w * 0.62, ground - h * 0.66)
      .closePath()
      .fillPath();
    g.lineStyle(6, INK, 1)
      .beginPath()
      .moveTo(cx - w * 0.62, ground - h * 0.66)
      .lineTo(cx - w * 0.42, ground - h * 0.95)
      .lineTo(cx + w * 0.42, ground - h * 0.95)
      .lineTo(cx + w * 0.62, ground - h * 0.66)
      .closePath()
      .strokePath();
  }

  private music(on: boolean): void {
    if (on) {
      if (!isPlaying('freeze-music')) playSound('freeze-music', { rate: this.data0.tempo, volume: 0.5 });
      this.notes ??= this.time.addEvent({ delay: 700 / this.data0.tempo, loop: true, callback: () => this.note() });
    } else {
      stopSound('freeze-music');
      this.notes?.remove();
      this.notes = null;
    }
  }

  /** A music note floats up from 해치 while the music plays. */
  private note(): void {
    if (this.api.reducedMotion) return;
    const n = this.label(this.haechi.x + Phaser.Math.Between(-60, 60), this.haechi.y - this.baseH, '♪', 56, { color: '#1F5F9E' });
    this.tweens.add({ targets: n, y: n.y - 120, alpha: 0, duration: 1400, onComplete: () => n.destroy() });
  }

  /** Shows the phase: music (child's turn, dad's stop button) or frozen (drum, pose, dad's go button). */
  private applyPhase(speak: boolean): void {
    const frozen = this.logic.phase === 'frozen';
    this.drum.setVisible(frozen);
    this.haechi.setTexture(frozen ? `haechi-${this.logic.pose?.pose ?? 'surprised'}` : 'haechi-point');
    this.correctId = frozen ? null : 'haechi';
    this.api.setChildTurn(!frozen);
    this.music(!frozen);
    this.api.dadButtons([
      frozen
        ? { id: 'music', label: this.data0.goLabel, onPress: () => this.dadGo() }
        : { id: 'freeze', label: this.data0.stopLabel, onPress: () => this.dadStop() },
    ]);
    if (speak) this.api.ask(this.logic.prompt);
  }

  private onTap(): void {
    if (!this.api.accepting()) return;
    if (this.logic.phase === 'music' && !isPlaying('freeze-music')) this.music(true);
    const r = this.logic.tap();
    if (r === 'wiggle') {
      this.api.miss();
      this.haechi.setTexture('haechi-giggle');
      this.wobble(this.haechi);
      this.time.delayedCall(700, () => this.haechi.active && this.logic.pose && this.haechi.setTexture(`haechi-${this.logic.pose.pose}`));
      return;
    }
    this.api.touch();
    this.api.sound('freeze-hop');
    const to = this.stones[this.logic.stone] ?? this.stones[0]!;
    if (r === 'gate') {
      // Arrived at the gate: a cheer, then back to the first stone for another walk.
      this.haechi.setTexture('haechi-cheer');
      this.api.sound('yay');
      this.time.delayedCall(600, () => this.haechi.active && this.logic.phase === 'music' && this.haechi.setTexture('haechi-point'));
    }
    this.tweens.killTweensOf(this.haechi);
    if (this.api.reducedMotion) this.haechi.setPosition(to.x, to.y - 6);
    else this.tweens.add({ targets: this.haechi, x: to.x, y: { from: this.haechi.y - 50, to: to.y - 6 }, duration: 220, ease: 'Quad.easeOut' });
  }

  private dadStop(): void {
    if (!this.api.accepting() || this.logic.phase === 'frozen') return;
    this.logic.stop();
    this.api.sound('drum');
    this.applyPhase(true);
    if (!this.api.reducedMotion) this.tweens.add({ targets: this.drum, scale: { from: 1.2, to: 1 }, duration: 250, ease: 'Back.easeOut' });
  }

  private dadGo(): void {
    if (!this.api.accepting() || this.logic.phase === 'music') return;
    const r = this.logic.go();
    if (r === 'held') {
      this.hop(this.haechi, 60);
      if (this.api.hit()) {
        this.drum.setVisible(false);
        this.music(false);
        this.api.dadButtons([]);
        this.correctId = null;
        return;
      }
    } else this.api.touch();
    this.applyPhase(true);
  }

  showHint(): void {
    this.pulse(this.haechi, this.haechi.scale);
  }

  celebrate(): void {
    this.music(false);
    this.haechi.setTexture('haechi-cheer');
    this.hop(this.haechi, 80);
  }
}
