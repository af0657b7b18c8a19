import * as Phaser from 'phaser';
import { DESIGN, type Layout } from './host.ts';
import type { CoplayApi, SceneInit, SceneView } from './contract.ts';
import { flattenImageTextures } from './bake.ts';

export const FONT = '"Apple SD Gothic Neo","Noto Sans CJK KR","Noto Sans KR","Malgun Gothic","Noto Sans CJK SC","Noto Sans CJK JP",system-ui,sans-serif';

export { COLORS, INK, PAPER } from './palette.ts';

interface TestTarget {
  id: string;
  /** Centre, page CSS px. */
  x: number;
  y: number;
  /** Size of what takes the tap, CSS px. */
  w: number;
  h: number;
}
/** What browser tests read to tap the right spot by real pointer input (CSS pixels, page-relative). */
export interface GameTestHook {
  scene: string;
  /** The renderer the host picked (renderer.ts). */
  renderer: string;
  targets(): TestTarget[];
  correct(): string | null;
}

/**
 * The base of every game scene: design-size coordinates (the camera zooms by the host's pixel ratio
 * so drawing stays crisp), a safe area that keeps targets off the bottom edge, a first-frame mark, the
 * test hook, and a shutdown that lets go of everything the scene registered outside itself.
 */
export abstract class CoplayScene<L = unknown> extends Phaser.Scene implements SceneView {
  protected api!: CoplayApi;
  protected logic!: L;
  protected W = 1280;
  protected H = 800;
  protected ratio = 1;
  protected layout: Layout = 'landscape';
  private targetsMap = new Map<string, { obj: Phaser.GameObjects.GameObject & { getBounds: () => Phaser.Geom.Rectangle }; size?: number }>();
  protected correctId: string | null = null;

  init(data: SceneInit<L>): void {
    this.api = data.api;
    this.logic = data.logic;
    this.layout = (this.game.registry.get('layout') as Layout | undefined) ?? 'landscape';
    this.ratio = (this.game.registry.get('ratio') as number | undefined) ?? 1;
    const design = (this.game.registry.get('design') as { width: number; height: number } | undefined) ?? DESIGN[this.layout];
    this.W = design.width;
    this.H = design.height;
    this.targetsMap = new Map();
    this.correctId = null;
    data.bind(this);
  }

  /** Call first in `create()`: pictures become canvases (bake.ts flattenImageTextures), the camera fits the design. */
  protected setupStage(): void {
    flattenImageTextures(this);
    const cam = this.cameras.main;
    cam.setZoom(this.ratio);
    cam.centerOn(this.W / 2, this.H / 2);
    const hook: GameTestHook = { scene: this.scene.key, renderer: String(this.game.registry.get('renderer')), targets: () => this.testTargets(), correct: () => this.correctId };
    (window as unknown as { __appaGame?: GameTestHook }).__appaGame = hook;
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.teardown());
    this.events.once(Phaser.Scenes.Events.DESTROY, () => this.teardown());
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      const at = performance.now();
      const w = window as unknown as { __appaFirstFrame?: number };
      w.__appaFirstFrame ??= at;
      window.dispatchEvent(new CustomEvent('appa:first-frame', { detail: { scene: this.scene.key, at } }));
    });
  }

  private backdropUrl: string | null = null;

  /**
   * Shows a baked, never-changing picture (sky, river, palace yard) behind the canvas as its CSS
   * background: drawn once by the browser's compositor instead of as a full-screen quad on every frame,
   * which is most of a frame's cost on a weak tablet or in software WebGL. It scales with the canvas.
   *
   * `stills` are images that never move or change (a map, faint place marks). They are painted into
   * that picture once and hidden as soon as it shows, so the renderer stops drawing them every frame.
   * They stay in the scene, hidden, so their bounds still serve as tap targets. Only plain, unrotated
   * images outside containers can be folded in; anything else throws, so no picture is lost silently.
   */
  protected backdrop(key: string, stills: Phaser.GameObjects.Image[] = []): void {
    const base = this.textures.get(key).getSourceImage() as HTMLCanvasElement;
    let src = base;
    if (stills.length) {
      const r = this.ratio;
      src = document.createElement('canvas');
      src.width = Math.round(this.W * r);
      src.height = Math.round(this.H * r);
      const ctx = src.getContext('2d')!;
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(base, 0, 0, src.width, src.height);
      for (const img of stills) {
        if (img.rotation !== 0 || img.parentContainer || img.flipX || img.flipY) throw new Error(`backdrop: "${img.texture.key}" is rotated, flipped or in a container`);
        const f = img.frame;
        ctx.globalAlpha = img.alpha;
        const x = img.x - img.displayWidth * img.originX;
        const y = img.y - img.displayHeight * img.originY;
        ctx.drawImage(f.source.image as CanvasImageSource, f.cutX, f.cutY, f.cutWidth, f.cutHeight, x * r, y * r, img.displayWidth * r, img.displayHeight * r);
      }
    }
    const canvas = this.game.canvas;
    src.toBlob((blob) => {
      if (!blob || !this.sys.isActive()) return;
      if (this.backdropUrl) URL.revokeObjectURL(this.backdropUrl);
      this.backdropUrl = URL.createObjectURL(blob);
      canvas.style.background = `url(${this.backdropUrl}) 0 0 / 100% 100% no-repeat`;
      // Hidden only now that the picture carries them: no frame without the map.
      for (const img of stills) img.setVisible(false);
    });
  }

  private teardown(): void {
    if (this.backdropUrl) {
      URL.revokeObjectURL(this.backdropUrl);
      this.backdropUrl = null;
    }
    if (this.game.canvas) this.game.canvas.style.background = '';
    this.input.removeAllListeners();
    this.tweens.killAll();
    this.time.removeAllEvents();
    const w = window as unknown as { __appaGame?: GameTestHook };
    if (w.__appaGame?.scene === this.scene.key) delete w.__appaGame;
    this.onTeardown();
  }

  /** Scenes release their own outside listeners here. */
  protected onTeardown(): void {}

  /** The part of the stage where child targets may go: not along the bottom edge where wrists rest. */
  protected get safe(): { x: number; y: number; w: number; h: number } {
    const m = 40;
    const bottom = this.H * 0.12;
    return { x: m, y: m, w: this.W - 2 * m, h: this.H - m - bottom };
  }

  /**
   * Every tappable thing, for browser tests: where it is, and how big the area is that takes its tap.
   * `size` (design px across) when that area is not the object's bounds (a map spot that takes taps
   * around it); the size tests hold every target to 20 mm on a 10-inch tablet.
   */
  protected registerTarget(id: string, obj: Phaser.GameObjects.GameObject & { getBounds: () => Phaser.Geom.Rectangle }, size?: number): void {
    this.targetsMap.set(id, { obj, size });
  }

  protected clearTargets(): void {
    this.targetsMap.clear();
  }

  private testTargets(): TestTarget[] {
    const canvas = this.game.canvas;
    if (!canvas) return [];
    const rect = canvas.getBoundingClientRect();
    const k = rect.width / this.W;
    const out: TestTarget[] = [];
    for (const [id, { obj, size }] of this.targetsMap) {
      if (!obj.active) continue;
      const b = obj.getBounds();
      out.push({ id, x: rect.left + window.scrollX + b.centerX * k, y: rect.top + window.scrollY + b.centerY * k, w: (size ?? b.width) * k, h: (size ?? b.height) * k });
    }
    return out;
  }

  /** Crisp text at the canvas's real resolution. */
  protected label(x: number, y: number, text: string, size: number, opts: Phaser.Types.GameObjects.Text.TextStyle = {}): Phaser.GameObjects.Text {
    return this.add
      .text(x, y, text, { fontFamily: FONT, fontSize: `${size}px`, color: '#2B2B3A', fontStyle: 'bold', align: 'center', ...opts })
      .setOrigin(0.5)
      .setResolution(this.ratio);
  }

  /** A kind wobble for a "wrong" tap: the thing giggles and waits. */
  protected wobble(target: Phaser.GameObjects.GameObject & { angle: number }): void {
    if (this.api.reducedMotion) return;
    this.tweens.add({ targets: target, angle: { from: -8, to: 8 }, duration: 90, yoyo: true, repeat: 2, ease: 'Sine.easeInOut', onComplete: () => (target.angle = 0) });
  }

  /** The hint: a soft, slow pulse (well under three flashes a second). */
  protected pulse(target: Phaser.GameObjects.GameObject & { scale: number }, base = target.scale): void {
    if (this.api.reducedMotion) return;
    this.tweens.add({ targets: target, scale: base * 1.12, duration: 380, yoyo: true, repeat: 2, ease: 'Sine.easeInOut', onComplete: () => (target.scale = base) });
  }

  /** A hop of joy on success. */
  protected hop(target: Phaser.GameObjects.GameObject & { y: number }, height = 40): void {
    if (this.api.reducedMotion) return;
    const y = target.y;
    this.tweens.add({ targets: target, y: y - height, duration: 160, yoyo: true, ease: 'Quad.easeOut', onComplete: () => (target.y = y) });
  }

  abstract showHint(): void;
}
