import * as Phaser from 'phaser';
import { unloadSounds } from './audio.ts';
import { chooseRenderer, hasHardwareWebGL, type RendererKind } from './renderer.ts';

/** The reference design sizes (hello and any scene that wants a fixed frame). */
export const DESIGN = { landscape: { width: 1280, height: 800 }, portrait: { width: 800, height: 1280 } } as const;
export type Layout = keyof typeof DESIGN;

export function orientationOf(el: HTMLElement): Layout {
  const r = el.getBoundingClientRect();
  return r.height > r.width * 1.1 ? 'portrait' : 'landscape';
}

/**
 * The size a scene draws in: the short side is always 800 design pixels and the long side follows the
 * stage's shape (within limits), so FIT scaling fills the child's zone instead of letterboxing it
 * beside dad's strip. Scenes lay out from `W`/`H`.
 */
export function designFor(el: HTMLElement, layout: Layout = orientationOf(el)): { width: number; height: number } {
  const r = el.getBoundingClientRect();
  const aspect = r.width > 0 && r.height > 0 ? r.width / r.height : layout === 'landscape' ? 1.6 : 0.625;
  if (layout === 'landscape') return { width: Math.round(Math.min(1422, Math.max(960, 800 * aspect)) / 2) * 2, height: 800 };
  return { width: 800, height: Math.round(Math.min(1600, Math.max(1000, 800 / aspect)) / 2) * 2 };
}

/**
 * How many backing pixels per design pixel: the canvas is drawn at the size it appears on screen
 * (CSS scale × devicePixelRatio), so text and lines stay crisp on a high-DPI phone, capped at 2 so a
 * weak class tablet does not fill four times the pixels. Scenes zoom their camera by it.
 */
export function pixelRatioFor(el: HTMLElement, d: { width: number; height: number }): number {
  const r = el.getBoundingClientRect();
  const css = Math.min(r.width / d.width, r.height / d.height) || 1;
  const ratio = css * (window.devicePixelRatio || 1);
  return Math.round(Math.min(2, Math.max(1, ratio)) * 4) / 4;
}

export interface HostedGame {
  game: Phaser.Game;
  layout: Layout;
  /** WebGL on a GPU, Canvas 2D where WebGL would be software-rendered (renderer.ts). */
  renderer: RendererKind;
  design: { width: number; height: number };
  ratio: number;
  /** Re-measures the stage; when the orientation or ratio changed it resizes the canvas and returns true (the caller restarts its scene). */
  relayout(): boolean;
  /** Destroys the game and waits until Phaser has finished (it tears down on the next frame). */
  destroy(): Promise<void>;
}

/**
 * Creates the one Phaser game for a play screen. Context loss sleeps the loop and tells the screen
 * until the browser restores WebGL (Phaser re-uploads its textures itself); hiding the page pauses
 * the loop (Phaser's own visibility handler). Every DOM listener added here is removed in destroy().
 */
export function hostGame(
  parent: HTMLElement,
  scenes: Phaser.Types.Scenes.SceneType[],
  onContextLost?: (lost: boolean) => void,
  opts: { fitStage?: boolean; renderer?: string | null } = {},
): HostedGame {
  const renderer = chooseRenderer(opts.renderer ?? null, hasHardwareWebGL);
  const measure = (l: Layout): { width: number; height: number } => (opts.fitStage ? designFor(parent, l) : { ...DESIGN[l] });
  let layout = orientationOf(parent);
  let design = measure(layout);
  let ratio = pixelRatioFor(parent, design);
  const size = design;
  const game = new Phaser.Game({
    type: renderer === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent,
    width: size.width * ratio,
    height: size.height * ratio,
    banner: false,
    audio: { noAudio: true },
    input: { activePointers: 3, keyboard: false },
    // Game time follows real time: with smoothing, an unfocused window (a class laptop driving the
    // projector) clamps every frame to 16.7 ms, so on a slow device every pause and hint would stretch.
    fps: { smoothStep: false },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    // Art is baked into textures (smoothed by linear filtering), so MSAA buys nothing and costs a lot on weak GPUs.
    // Transparent: a scene's still backdrop is the canvas's CSS background, not a full-screen quad every frame.
    transparent: true,
    render: { antialias: true, antialiasGL: false, roundPixels: false, powerPreference: 'low-power' },
    scene: scenes,
  });
  game.registry.set('layout', layout);
  game.registry.set('design', design);
  game.registry.set('ratio', ratio);
  game.registry.set('renderer', renderer);
  const canvasListeners: Array<[string, EventListener]> = [];
  game.events.once(Phaser.Core.Events.READY, () => {
    const canvas = game.canvas;
    canvas.setAttribute('aria-hidden', 'true');
    // Tap on press with no browser gestures in the way (no double-tap zoom, no scroll, no pinch).
    canvas.style.touchAction = 'none';
    const lost: EventListener = (e) => {
      e.preventDefault();
      game.loop.sleep();
      onContextLost?.(true);
    };
    const restored: EventListener = () => {
      game.loop.wake();
      onContextLost?.(false);
    };
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    canvasListeners.push(['webglcontextlost', lost], ['webglcontextrestored', restored]);
  });
  const hosted: HostedGame = {
    game,
    renderer,
    get layout() {
      return layout;
    },
    get ratio() {
      return ratio;
    },
    get design() {
      return design;
    },
    relayout() {
      const nextLayout = orientationOf(parent);
      const nextDesign = measure(nextLayout);
      const nextRatio = pixelRatioFor(parent, nextDesign);
      // Small changes (a browser bar sliding away) only rescale; a new shape re-lays the scene out.
      const shapeChanged = Math.abs(nextDesign.width / design.width - 1) > 0.04 || Math.abs(nextDesign.height / design.height - 1) > 0.04;
      if (nextLayout === layout && nextRatio === ratio && !shapeChanged) {
        game.scale.refresh();
        return false;
      }
      layout = nextLayout;
      design = nextDesign;
      ratio = nextRatio;
      game.registry.set('layout', layout);
      game.registry.set('design', design);
      game.registry.set('ratio', ratio);
      game.scale.setGameSize(design.width * ratio, design.height * ratio);
      return true;
    },
    destroy: () =>
      new Promise<void>((resolve) => {
        const canvas = game.canvas as HTMLCanvasElement | undefined;
        for (const [n, l] of canvasListeners) canvas?.removeEventListener(n, l);
        game.events.once(Phaser.Core.Events.DESTROY, () => {
          unloadSounds();
          // Phaser finishes its teardown after the DESTROY event, in the same frame.
          requestAnimationFrame(() => resolve());
        });
        game.destroy(true);
      }),
  };
  return hosted;
}
