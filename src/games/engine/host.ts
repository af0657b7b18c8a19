import * as Phaser from 'phaser';
import { unloadSounds } from './audio.ts';

/** The fixed design sizes every scene draws in; FIT scaling fits them to any screen. */
export const DESIGN = { landscape: { width: 1280, height: 800 }, portrait: { width: 800, height: 1280 } } as const;
export type Layout = keyof typeof DESIGN;

export function orientationOf(el: HTMLElement): Layout {
  const r = el.getBoundingClientRect();
  return r.height > r.width * 1.1 ? 'portrait' : 'landscape';
}

/**
 * How many backing pixels per design pixel: the canvas is drawn at the size it appears on screen
 * (CSS scale × devicePixelRatio), so text and lines stay crisp on a high-DPI phone, capped at 2 so a
 * weak class tablet does not fill four times the pixels. Scenes zoom their camera by it.
 */
export function pixelRatioFor(el: HTMLElement, layout: Layout): number {
  const r = el.getBoundingClientRect();
  const d = DESIGN[layout];
  const css = Math.min(r.width / d.width, r.height / d.height) || 1;
  const ratio = css * (window.devicePixelRatio || 1);
  return Math.round(Math.min(2, Math.max(1, ratio)) * 4) / 4;
}

export interface HostedGame {
  game: Phaser.Game;
  layout: Layout;
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
export function hostGame(parent: HTMLElement, scenes: Phaser.Types.Scenes.SceneType[], onContextLost?: (lost: boolean) => void): HostedGame {
  let layout = orientationOf(parent);
  let ratio = pixelRatioFor(parent, layout);
  const size = DESIGN[layout];
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    width: size.width * ratio,
    height: size.height * ratio,
    backgroundColor: '#FFF9EF',
    banner: false,
    audio: { noAudio: true },
    input: { activePointers: 3, keyboard: false },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    render: { antialias: true, roundPixels: false, powerPreference: 'low-power' },
    scene: scenes,
  });
  game.registry.set('layout', layout);
  game.registry.set('ratio', ratio);
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
    get layout() {
      return layout;
    },
    get ratio() {
      return ratio;
    },
    relayout() {
      const nextLayout = orientationOf(parent);
      const nextRatio = pixelRatioFor(parent, nextLayout);
      if (nextLayout === layout && nextRatio === ratio) {
        game.scale.refresh();
        return false;
      }
      layout = nextLayout;
      ratio = nextRatio;
      game.registry.set('layout', layout);
      game.registry.set('ratio', ratio);
      game.scale.setGameSize(DESIGN[layout].width * ratio, DESIGN[layout].height * ratio);
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
