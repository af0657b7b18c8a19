import * as Phaser from 'phaser';
import { COLORS, CoplayScene, INK, PAPER } from '../engine/coplay-scene.ts';
import { drawFigure } from '../engine/figure.ts';
import { bake, bakedImage } from '../engine/bake.ts';
import { loadSound } from '../engine/audio.ts';
import type { Player } from './logic.ts';
import type { LineLogic } from './index.ts';
import drumUrl from '../../../assets/audio/line2-drum.wav?url';
import bellUrl from '../../../assets/audio/line2-bell.wav?url';
import tickUrl from '../../../assets/audio/line2-tick.wav?url';
import waitUrl from '../../../assets/audio/line2-wait.wav?url';

const stationSounds = import.meta.glob<string>('/assets/audio/line2-station-*.wav', { query: '?url', import: 'default', eager: true });
const STATION_SOUNDS = Object.keys(stationSounds).length;
const INSTRUMENT: Record<Player, string> = { dad: 'drum', child: 'bell' };

/**
 * 2호선 리듬 기차: the green circle line as an oval with its stations, the train on it, and the two
 * instruments — dad's drum and the child's bell. The instrument whose turn it is glows on the beat;
 * every counted tap moves the train a step, a finished phrase brings it into the next station.
 */
export class Line2RhythmScene extends CoplayScene<LineLogic> {
  private train!: Phaser.GameObjects.Container;
  private instruments = new Map<Player, Phaser.GameObjects.Container>();
  private pattern!: Phaser.GameObjects.Graphics;
  private oval = { x: 640, y: 250, rx: 430, ry: 150 };
  /** Stations plus the start: point 0 is where the ride begins. */
  private points: Array<{ x: number; y: number }> = [];
  private lastCue = -1;
  private progress = 0;
  /** Amber fills over the stations already reached (the loop itself is a still backdrop). */
  private stationDots: Phaser.GameObjects.Arc[] = [];

  constructor() {
    super('line2-rhythm');
  }

  preload(): void {
    loadSound('line2-drum', drumUrl);
    loadSound('line2-bell', bellUrl);
    loadSound('line2-tick', tickUrl);
    loadSound('line2-wait', waitUrl);
    for (const [path, url] of Object.entries(stationSounds)) loadSound(path.split('/').pop()!.replace('.wav', ''), url);
  }

  create(): void {
    this.setupStage();
    this.lastCue = -1;
    const portrait = this.layout === 'portrait';
    this.oval = portrait ? { x: this.W / 2, y: this.H * 0.27, rx: this.W * 0.3, ry: this.H * 0.16 } : { x: this.W / 2, y: 230, rx: this.W * 0.33, ry: 150 };
    const { stations } = this.logic.data;
    const n = stations.length + 1;
    this.points = Array.from({ length: n }, (_, k) => {
      const a = Math.PI / 2 + (2 * Math.PI * k) / n;
      return { x: this.oval.x + Math.cos(a) * this.oval.rx, y: this.oval.y + Math.sin(a) * this.oval.ry };
    });

    // The line: a thick green loop with white stations, baked once into the canvas's backdrop.
    const o = this.oval;
    this.backdrop(
      bake(this, `line2-loop-${n}-${Math.round(o.rx)}x${Math.round(o.ry)}`, this.W, this.H, this.ratio, (g) => {
        g.fillStyle(PAPER, 1).fillRect(0, 0, this.W, this.H);
        g.lineStyle(30, INK, 1).strokeEllipse(o.x, o.y, o.rx * 2, o.ry * 2);
        g.lineStyle(22, COLORS.line2, 1).strokeEllipse(o.x, o.y, o.rx * 2, o.ry * 2);
        for (const p of this.points) g.fillStyle(0xffffff, 1).fillCircle(p.x, p.y, 20).lineStyle(6, INK, 1).strokeCircle(p.x, p.y, 20);
      }, { x: 0, y: 0 }),
    );
    this.stationDots = this.points.map((p, k) => this.add.circle(p.x, p.y, 17, COLORS.amber).setVisible(k === 0 || k <= this.logic.round.stationsReached));
    this.points.forEach((_p, k) => {
      if (k === 0) return;
      // The name sits just outside the loop, clear of the track and of the train.
      const name = this.api.text((stations[k - 1] ?? stations[0])!.name);
      const a = Math.PI / 2 + (2 * Math.PI * k) / n;
      const lx = this.oval.x + Math.cos(a) * (this.oval.rx + 30);
      const ly = this.oval.y + Math.sin(a) * (this.oval.ry + 42);
      // Names on the sides wrap to the room left beside the loop, so none runs off the stage.
      const room = Math.cos(a) > 0.5 ? this.W - lx - 12 : Math.cos(a) < -0.5 ? lx - 12 : portrait ? 150 : 170;
      const t = this.label(lx, ly, name, portrait ? 30 : 22, { fontStyle: 'normal', wordWrap: { width: Math.max(60, Math.min(portrait ? 150 : 170, room)), useAdvancedWrap: true } });
      t.setOrigin(Math.cos(a) > 0.5 ? 0 : Math.cos(a) < -0.5 ? 1 : 0.5, 0.5);
    });

    this.train = this.add.container(0, 0);
    this.drawTrain();
    this.progress = this.logic.round.stationsReached;
    this.placeTrain(this.progress, false);

    this.pattern = this.add.graphics();

    // The instruments: dad's drum on the left, the child's bell on the right, a player above each.
    const s = this.safe;
    const r = portrait ? 125 : 120;
    const y = portrait ? s.y + s.h - r - 20 : s.y + s.h - r - 10;
    const xs: Record<Player, number> = portrait ? { dad: this.W * 0.3, child: this.W * 0.7 } : { dad: this.W * 0.3, child: this.W * 0.7 };
    for (const who of ['dad', 'child'] as Player[]) this.instruments.set(who, this.makeInstrument(who, xs[who], y, r));

    this.input.on(Phaser.Input.Events.POINTER_DOWN, (p: Phaser.Input.Pointer) => this.onTap(p.worldX, p.worldY));
    this.refresh();
  }

  private drawTrain(): void {
    this.train.add(bakedImage(this, 0, 0, 'line2-train', 150, 70, this.ratio, (g) => this.paintTrain(g)));
  }

  private paintTrain(g: Phaser.GameObjects.Graphics): void {
    // Two short cars, white with the green band, round windows; the front car has a smile.
    for (const dx of [-29, 29]) {
      g.fillStyle(0xffffff, 1).fillRoundedRect(dx - 28, -26, 56, 52, 14);
      g.fillStyle(COLORS.line2, 1).fillRect(dx - 28, 6, 56, 10);
      g.lineStyle(5, INK, 1).strokeRoundedRect(dx - 28, -26, 56, 52, 14);
      g.fillStyle(COLORS.sky, 1).fillRoundedRect(dx - 18, -17, 36, 16, 5);
      g.lineStyle(3, INK, 1).strokeRoundedRect(dx - 18, -17, 36, 16, 5);
    }
    // A headlight on the front car.
    g.fillStyle(COLORS.amber, 1).fillCircle(50, -2, 5).lineStyle(3, INK, 1).strokeCircle(50, -2, 5);
  }

  /** Puts the train at `pos` stations along the loop (fractions between stations). */
  private placeTrain(pos: number, animate: boolean): void {
    const n = this.points.length;
    const a = Math.PI / 2 + (2 * Math.PI * pos) / n;
    const x = this.oval.x + Math.cos(a) * this.oval.rx;
    const y = this.oval.y + Math.sin(a) * this.oval.ry;
    // Facing along the track: the tangent of the ellipse.
    const angle = Phaser.Math.RadToDeg(Math.atan2(Math.cos(a) * this.oval.ry, -Math.sin(a) * this.oval.rx)) + 180;
    if (!animate || this.api.reducedMotion) {
      this.train.setPosition(x, y).setAngle(angle);
      return;
    }
    this.tweens.add({ targets: this.train, x, y, angle: { from: this.train.angle, to: angle }, duration: 260, ease: 'Sine.easeOut' });
  }

  private makeInstrument(who: Player, x: number, y: number, r: number): Phaser.GameObjects.Container {
    const c = this.add.container(x, y);
    const glow = this.add.graphics().setName('glow');
    const fh = who === 'dad' ? r * 1.05 : r * 0.8;
    const fx = (who === 'dad' ? -1 : 1) * r * 1.25;
    const art = bakedImage(this, 0, 0, `line2-${who}-${Math.round(r)}`, r * 3.4, r * 2, this.ratio, (g) => this.paintInstrument(g, who, r, fx, fh));
    c.add([glow, art]).setSize(r * 2, r * 2).setData('r', r);
    this.registerTarget(INSTRUMENT[who], this.add.zone(x, y, r * 2, r * 2));
    return c;
  }

  /** The drum (dad's) or the bell (the child's), and beside it who plays it: a picture, not a word. */
  private paintInstrument(art: Phaser.GameObjects.Graphics, who: Player, r: number, fx: number, fh: number): void {
    if (who === 'dad') {
      // A soft drum: red body, paper skin, two sticks resting on top.
      art.fillStyle(COLORS.red, 1).fillRoundedRect(-r * 0.7, -r * 0.25, r * 1.4, r * 0.8, r * 0.2);
      art.lineStyle(7, INK, 1).strokeRoundedRect(-r * 0.7, -r * 0.25, r * 1.4, r * 0.8, r * 0.2);
      art.fillStyle(PAPER, 1).fillEllipse(0, -r * 0.25, r * 1.4, r * 0.5);
      art.lineStyle(7, INK, 1).strokeEllipse(0, -r * 0.25, r * 1.4, r * 0.5);
      art.lineStyle(5, INK, 0.6);
      for (const k of [-0.45, 0, 0.45]) art.beginPath().moveTo(r * k, r * 0.05).lineTo(r * k, r * 0.5).strokePath();
    } else {
      // A hand bell: amber dome, a round clapper, a handle.
      art.fillStyle(COLORS.amber, 1).beginPath().moveTo(-r * 0.6, r * 0.4).lineTo(-r * 0.45, -r * 0.2).lineTo(0, -r * 0.45).lineTo(r * 0.45, -r * 0.2).lineTo(r * 0.6, r * 0.4).closePath().fillPath();
      art.lineStyle(7, INK, 1).strokePath();
      art.fillStyle(INK, 1).fillCircle(0, r * 0.5, r * 0.12);
      art.fillStyle(COLORS.jade, 1).fillRoundedRect(-r * 0.1, -r * 0.75, r * 0.2, r * 0.32, r * 0.08);
      art.lineStyle(6, INK, 1).strokeRoundedRect(-r * 0.1, -r * 0.75, r * 0.2, r * 0.32, r * 0.08);
    }
    drawFigure(art, fx, r * 0.55 - fh, fh, who === 'dad' ? { shirt: COLORS.blue, trousers: COLORS.plum } : { shirt: COLORS.amber, trousers: COLORS.jade });
  }

  private paintGlow(who: Player, on: boolean, strong = false): void {
    const c = this.instruments.get(who);
    if (!c) return;
    const r = c.getData('r') as number;
    const glow = c.getByName('glow') as Phaser.GameObjects.Graphics;
    glow.clear();
    glow.fillStyle(on ? COLORS.amber : 0xffffff, on ? (strong ? 0.75 : 0.4) : 0.9).fillCircle(0, 0, r);
    glow.lineStyle(on ? 10 : 5, INK, on ? 1 : 0.35).strokeCircle(0, 0, r);
  }

  /** Redraws whose turn it is, the phrase dots, and what a test should tap. */
  private refresh(): void {
    const round = this.logic.round;
    if (round.finished) {
      this.correctId = null;
      this.paintGlow('dad', false);
      this.paintGlow('child', false);
      return;
    }
    const want = round.expected();
    this.paintGlow(want.who, true);
    this.paintGlow(want.who === 'dad' ? 'child' : 'dad', false);
    this.api.setChildTurn(want.who === 'child');
    this.drawPattern();
    this.updateCorrect();
  }

  /** The phrase as dots (echo and compose): blue for the drum, amber for the bell; played ones filled. */
  private drawPattern(): void {
    const g = this.pattern.clear();
    const round = this.logic.round;
    if (this.logic.data.mode === 'turns') return;
    const want = round.expected();
    const hits = want.free ? Array.from({ length: this.logic.data.mode === 'compose' ? this.logic.data.composeLength : 0 }, () => ({ who: 'child' as Player, gap: 1 })) : [...round.currentPhrase];
    const done = want.free ? round.composed : round.position;
    const y = this.layout === 'portrait' ? this.oval.y + this.oval.ry + 90 : 440;
    let x = 0;
    const xs = hits.map((h, i) => (x += i === 0 ? 0 : h.gap * 56));
    const off = this.W / 2 - x / 2;
    hits.forEach((h, i) => {
      const played = i < done;
      const size = h.gap < 1 && i > 0 ? 14 : 20;
      g.fillStyle(played ? (h.who === 'dad' ? COLORS.blue : COLORS.amber) : 0xffffff, 1).fillCircle(off + (xs[i] ?? 0), y, size);
      g.lineStyle(5, INK, 1).strokeCircle(off + (xs[i] ?? 0), y, size);
    });
  }

  /** A test taps only once the beat's window is open (an early tap is harmless, but slow). */
  private updateCorrect(): void {
    const want = this.logic.round.expected();
    const open = want.at === null || this.time.now >= want.at - this.logic.round.rules.windowMs + 40;
    this.correctId = open ? INSTRUMENT[want.who] : null;
  }

  override update(): void {
    const round = this.logic.round;
    if (round.finished) return;
    this.updateCorrect();
    const want = round.expected();
    if (want.at === null) return;
    // The beat cue: the waiting instrument flashes and a quiet click sounds when its beat comes.
    if (this.time.now >= want.at && this.lastCue !== want.at) {
      this.lastCue = want.at;
      this.api.sound('line2-tick', { volume: 0.35 });
      this.paintGlow(want.who, true, true);
      this.time.delayedCall(180, () => {
        if (!round.finished) this.paintGlow(round.expected().who, true);
      });
    }
  }

  private instrumentAt(x: number, y: number): Player | null {
    for (const [who, c] of this.instruments) if (Phaser.Math.Distance.Between(x, y, c.x, c.y) <= (c.getData('r') as number)) return who;
    return null;
  }

  private onTap(x: number, y: number): void {
    if (!this.api.accepting()) return;
    const who = this.instrumentAt(x, y);
    if (!who) {
      this.api.touch();
      return;
    }
    const c = this.instruments.get(who) as Phaser.GameObjects.Container;
    const before = this.logic.round.expected();
    const res = this.logic.round.tap(who, this.time.now);
    if (res.kind === 'done') return;
    if (res.kind === 'not-your-turn') {
      // The other one's instrument: a kind giggle, and the right one is shown.
      this.api.miss();
      this.wobble(c);
      this.pulse(this.instruments.get(before.who) as Phaser.GameObjects.Container);
      return;
    }
    if (res.kind === 'early') {
      // Before the beat: the train just waits, with a friendly "not yet".
      this.api.touch();
      this.api.sound('line2-wait', { volume: 0.6 });
      this.wobble(c);
      return;
    }
    this.api.sound(who === 'dad' ? 'line2-drum' : 'line2-bell');
    this.bounce(c);
    const phrase = Math.max(1, this.logic.round.currentPhrase.length || 1);
    if (res.station === undefined) {
      this.api.touch();
      if (res.kind !== 'compose') this.placeTrain(this.progress + this.logic.round.position / (phrase + 1), true);
      this.phraseCue(before.who);
      this.refresh();
      return;
    }
    // A station: its own little tune, the train pulls in, the name is spoken.
    this.progress = res.station + 1;
    this.stationDots[this.progress]?.setVisible(true);
    this.placeTrain(this.progress, true);
    this.api.sound(`line2-station-${(res.station % STATION_SOUNDS) + 1}`);
    this.refresh();
    if (this.api.hit()) return;
    this.api.ask(this.logic.stationPrompt(res.station));
    this.time.delayedCall(2200, () => {
      if (this.logic.round.position === 0 && !this.logic.round.finished) this.api.ask(this.logic.phrasePrompt());
    });
  }

  /** In echo and compose, say when the phrase changes hands. */
  private phraseCue(prev: Player): void {
    const now = this.logic.round.expected();
    if (this.logic.data.mode === 'echo' && prev === 'dad' && now.who === 'child') this.api.ask(this.logic.prompts.echoAnswer);
    if (this.logic.data.mode === 'compose' && !now.free && now.who === 'dad' && this.logic.round.position === 0) this.api.ask(this.logic.prompts.copy);
  }

  private bounce(c: Phaser.GameObjects.Container): void {
    if (this.api.reducedMotion) return;
    this.tweens.add({ targets: c, scale: 1.08, duration: 90, yoyo: true, ease: 'Quad.easeOut', onComplete: () => c.setScale(1) });
  }

  showHint(): void {
    const c = this.instruments.get(this.logic.round.expected().who);
    if (c) this.pulse(c);
  }

  celebrate(): void {
    if (!this.api.reducedMotion) this.tweens.add({ targets: this.train, scale: 1.25, duration: 300, yoyo: true, repeat: 2 });
  }
}
