import * as Phaser from 'phaser';
import { COLORS, CoplayScene, INK } from '../engine/coplay-scene.ts';
import { loadSound } from '../engine/audio.ts';
import { bake } from '../engine/bake.ts';
import type { PlaceId } from './logic.ts';
import type { MapLogic } from './index.ts';
import { openPlan } from './plan-view.ts';
import mapUrl from '../../../assets/games/seoul-map/map.svg?url';
import pickUrl from '../../../assets/audio/map-pick.wav?url';
import stickUrl from '../../../assets/audio/map-stick.wav?url';
import hintUrl from '../../../assets/audio/map-hint.wav?url';

const iconUrls = import.meta.glob<string>('/assets/games/seoul-map/places/*.svg', { query: '?url', import: 'default', eager: true });
const iconUrl = (id: PlaceId): string => iconUrls[`/assets/games/seoul-map/places/${id}.svg`] as string;

/**
 * 서울 나들이 지도: the drawn map of Seoul (the river, hills, parks, the line-2 loop) and a tray of
 * round place stickers. Tap a sticker, then tap the map: it sticks at its place with its stop number.
 * The stops in order are the family's outing plan, which opens as a printable sheet at the end.
 */
export class SeoulMapScene extends CoplayScene<MapLogic> {
  private mapBox = { x: 40, y: 44, w: 880, h: 616 };
  private stickers = new Map<PlaceId, Phaser.GameObjects.Container>();
  private onMap = new Map<PlaceId, Phaser.GameObjects.Container>();
  /** Each tray sticker's cell: the area that takes its tap. */
  private cells = new Map<PlaceId, Phaser.Geom.Rectangle>();
  private glow!: Phaser.GameObjects.Arc;
  private glowTween: Phaser.Tweens.Tween | null = null;

  constructor() {
    super('seoul-map');
  }

  preload(): void {
    this.mapBox = this.mapBoxFor();
    const w = this.mapBox.w;
    this.load.svg('seoul-map-bg', mapUrl, { width: w * this.ratio, height: ((w * 700) / 1000) * this.ratio });
    for (const id of this.logic.data.offer) {
      const key = `place-${id}`;
      if (!this.textures.exists(key)) this.load.svg(key, iconUrl(id), { width: 140 * this.ratio, height: 140 * this.ratio });
    }
    loadSound('map-pick', pickUrl);
    loadSound('map-stick', stickUrl);
    loadSound('map-hint', hintUrl);
  }

  create(): void {
    this.setupStage();
    this.stickers.clear();
    this.cells.clear();
    this.onMap.clear();
    const portrait = this.layout === 'portrait';
    const s = this.safe;
    this.mapBox = this.mapBoxFor();
    const m = this.mapBox;
    const stills = [this.add.image(m.x + m.w / 2, m.y + m.h / 2, 'seoul-map-bg').setDisplaySize(m.w, m.h)];

    const { map, data } = this.logic;
    // Where the stickers go: 6–7 see each place's sticker as a faint ghost to match; 8–12 only a dot.
    for (const id of data.offer) {
      const p = this.toStage(map.spot(id));
      const ghost = this.api.band === '8-12' ? this.add.circle(p.x, p.y, 9, INK, 0.55) : this.add.image(p.x, p.y, `place-${id}`).setDisplaySize(64, 64).setAlpha(data.placing === 'glow' ? 0 : 0.28);
      if (ghost instanceof Phaser.GameObjects.Image) stills.push(ghost);
      // The spot takes taps within the level's radius; while it glows (3–5), anywhere on the map.
      this.registerTarget(`spot-${id}`, ghost, data.placing === 'glow' ? Math.min(m.w, m.h) : 2 * data.radius * m.w);
    }
    // The paper, the map and the ghosts never change: one still picture behind the canvas.
    this.backdrop(bake(this, 'map-paper', 8, 8, 1, (g) => g.fillStyle(0xfff9ef, 1).fillRect(-4, -4, 8, 8)), stills);
    this.glow = this.add.circle(0, 0, 52).setStrokeStyle(10, COLORS.amber).setVisible(false);

    // The tray of stickers: as big as the space allows (≥ 110 px across for 3–5).
    const tray = portrait ? { x: s.x, y: m.y + m.h + 24, w: s.w, h: s.y + s.h - (m.y + m.h + 24) } : { x: m.x + m.w + 20, y: s.y, w: s.x + s.w - (m.x + m.w + 20), h: s.h };
    const n = data.offer.length;
    let best = { cols: 1, rows: n, size: 0 };
    for (let cols = 1; cols <= n; cols++) {
      const rows = Math.ceil(n / cols);
      const size = Math.min(tray.w / cols, tray.h / rows) * 0.86;
      if (size > best.size) best = { cols, rows, size };
    }
    const size = Math.min(150, best.size);
    const cellW = tray.w / best.cols;
    const cellH = tray.h / best.rows;
    data.offer.forEach((id, i) => {
      const cx = tray.x + cellW * ((i % best.cols) + 0.5);
      const cy = tray.y + cellH * (Math.floor(i / best.cols) + 0.5);
      const c = this.add.container(cx, cy);
      const ring = this.add.circle(0, 0, size / 2 + 8).setStrokeStyle(8, COLORS.amber).setVisible(false).setName('ring');
      const img = this.add.image(0, 0, `place-${id}`).setDisplaySize(size, size);
      c.add([ring, img]).setSize(size, size);
      this.stickers.set(id, c);
      // A sticker takes every tap in its cell of the tray, not only on its picture.
      const cell = new Phaser.Geom.Rectangle(cx - cellW / 2, cy - cellH / 2, cellW, cellH);
      this.cells.set(id, cell);
      this.registerTarget(`sticker-${id}`, this.add.zone(cx, cy, cellW, cellH));
    });

    // Stickers already on the map (after a rotation the scene redraws from the logic).
    for (const placed of map.placed) this.stick(placed.id, placed.order, false);
    this.input.on(Phaser.Input.Events.POINTER_DOWN, (p: Phaser.Input.Pointer) => this.onTap(p.worldX, p.worldY));
    this.refresh();
  }

  /** The map keeps its 10:7 shape; the tray of stickers gets the rest (a column, or a band below). */
  private mapBoxFor(): { x: number; y: number; w: number; h: number } {
    const s = this.safe;
    if (this.layout === 'portrait') {
      const w = Math.min(s.w, ((s.h * 0.55) * 1000) / 700);
      return { x: (this.W - w) / 2, y: s.y, w, h: (w * 700) / 1000 };
    }
    const trayW = this.logic.data.offer.length > 10 ? 300 : 270;
    const w = Math.min(s.w - trayW - 20, (s.h * 1000) / 700);
    return { x: s.x, y: s.y + (s.h - (w * 700) / 1000) / 2, w, h: (w * 700) / 1000 };
  }

  private toStage(p: { x: number; y: number }): { x: number; y: number } {
    return { x: this.mapBox.x + p.x * this.mapBox.w, y: this.mapBox.y + p.y * this.mapBox.h };
  }

  private refresh(): void {
    const { map } = this.logic;
    for (const [id, c] of this.stickers) {
      const placed = map.isPlaced(id);
      const selected = map.selected === id;
      c.setAlpha(placed ? 0.3 : 1);
      (c.getByName('ring') as Phaser.GameObjects.Arc).setVisible(selected);
      c.setScale(selected ? 1.08 : 1);
    }
    this.glowTween?.remove();
    this.glowTween = null;
    const sel = map.selected;
    if (sel && map.glowing()) {
      const p = this.toStage(map.spot(sel));
      this.glow.setPosition(p.x, p.y).setVisible(true).setScale(1).setAlpha(1);
      if (!this.api.reducedMotion) this.glowTween = this.tweens.add({ targets: this.glow, scale: 1.2, alpha: 0.6, duration: 600, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
    } else this.glow.setVisible(false);
    const next = this.logic.data.offer.find((id) => !map.isPlaced(id));
    this.correctId = map.complete ? null : sel ? `spot-${sel}` : next ? `sticker-${next}` : null;
    // Dad may open and print the plan as soon as there is one stop on it.
    this.api.dadButtons(map.placed.length ? [{ id: 'map-plan', label: this.logic.planText.print, onPress: () => this.showPlan() }] : []);
  }

  private stickerAt(x: number, y: number): PlaceId | null {
    for (const [id, cell] of this.cells) if (cell.contains(x, y)) return id;
    return null;
  }

  private inMap(x: number, y: number): boolean {
    const m = this.mapBox;
    return x >= m.x && x <= m.x + m.w && y >= m.y && y <= m.y + m.h;
  }

  private onTap(x: number, y: number): void {
    if (!this.api.accepting()) return;
    const { map } = this.logic;
    const id = this.stickerAt(x, y);
    if (id) {
      const r = map.select(id);
      if (r !== 'selected') {
        this.api.touch();
        this.wobble(this.stickers.get(id) as Phaser.GameObjects.Container);
        return;
      }
      this.api.touch();
      this.api.sound('map-pick');
      this.api.ask(this.logic.placePrompt(map.rules.placing === 'glow' ? 'placeGlow' : 'placeFind', id));
      this.refresh();
      return;
    }
    if (!this.inMap(x, y)) {
      this.api.touch();
      return;
    }
    const res = map.tapMap((x - this.mapBox.x) / this.mapBox.w, (y - this.mapBox.y) / this.mapBox.h);
    if (res.kind === 'pick-a-sticker') {
      this.api.touch();
      const first = this.logic.data.offer.find((o) => !map.isPlaced(o));
      if (first) this.pulse(this.stickers.get(first) as Phaser.GameObjects.Container);
      return;
    }
    if (res.kind === 'try-again') {
      // Not there: a giggle and which way to look — never a cross or a buzzer.
      this.api.miss();
      this.api.sound('map-hint', { volume: 0.7 });
      const ping = this.add.circle(x, y, 30, COLORS.sky, 0.5).setStrokeStyle(5, INK);
      this.tweens.add({ targets: ping, alpha: 0, scale: 1.6, duration: 500, onComplete: () => ping.destroy() });
      this.api.ask(this.logic.prompts[res.direction]);
      this.refresh();
      return;
    }
    this.api.sound('map-stick');
    this.stick(res.id, res.order, true);
    this.refresh();
    if (this.api.hit()) return;
    this.api.ask(this.logic.placePrompt('placed', res.id));
  }

  /** Puts a sticker on its spot with its stop number; it flies there from the tray. */
  private stick(id: PlaceId, order: number, animate: boolean): void {
    const p = this.toStage(this.logic.map.spot(id));
    const from = this.stickers.get(id);
    const c = this.add.container(animate && from ? from.x : p.x, animate && from ? from.y : p.y);
    const img = this.add.image(0, 0, `place-${id}`).setDisplaySize(84, 84);
    const badge = this.add.circle(32, -32, 20, COLORS.amber).setStrokeStyle(5, INK);
    const num = this.label(32, -32, String(order), 24);
    c.add([img, badge, num]).setSize(84, 84);
    this.onMap.set(id, c);
    if (animate && !this.api.reducedMotion) this.tweens.add({ targets: c, x: p.x, y: p.y, duration: 380, ease: 'Back.easeOut' });
    else c.setPosition(p.x, p.y);
  }

  private showPlan(): void {
    const anchor = (this.game.canvas?.closest('section') as HTMLElement | null) ?? document.body;
    const { map, places, planText } = this.logic;
    openPlan(anchor, { plan: map.plan(), places, text: planText, pick: (l) => this.api.text(l) });
  }

  protected override onTeardown(): void {
    this.glowTween = null;
  }

  showHint(): void {
    const { map } = this.logic;
    const sel = map.selected;
    if (sel) {
      // The hint lights the place's spot for a moment, even in find mode.
      const p = this.toStage(map.spot(sel));
      const ring = this.add.circle(p.x, p.y, 50).setStrokeStyle(10, COLORS.amber);
      this.tweens.add({ targets: ring, alpha: 0, delay: 1200, duration: 500, onComplete: () => ring.destroy() });
      return;
    }
    const first = this.logic.data.offer.find((o) => !map.isPlaced(o));
    if (first) this.pulse(this.stickers.get(first) as Phaser.GameObjects.Container);
  }

  celebrate(): void {
    for (const c of this.onMap.values()) this.hop(c, 24);
    // The result of the round: the plan, ready to print (it stays over the bridge card until closed).
    this.showPlan();
  }
}
