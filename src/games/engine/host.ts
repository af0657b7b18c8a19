import * as Phaser from 'phaser';
import { unloadSounds } from './audio.ts';

/** The fixed design size every scene draws in; FIT scaling makes it crisp on any screen. */
export const DESIGN = { landscape: { width: 1280, height: 800 }, portrait: { width: 800, height: 1280 } } as const;

export function orientationOf(el: HTMLElement): 'landscape' | 'portrait' {
  const r = el.getBoundingClientRect();
  return r.height > r.width * 1.1 ? 'portrait' : 'landscape';
}

export interface HostedGame {
  game: Phaser.Game;
  /** Destroys the game and waits until Phaser has finished (it tears down on the next frame). */
  destroy(): Promise<void>;
}

/**
 * Creates the one Phaser game for a play screen. Context loss pauses and shows a notice until the
 * browser restores WebGL; hiding the page pauses the loop (Phaser's own visibility handler).
 */
export function hostGame(parent: HTMLElement, scenes: Phaser.Types.Scenes.SceneType[], onContextLost?: (lost: boolean) => void): HostedGame {
  const size = DESIGN[orientationOf(parent)];
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    width: size.width,
    height: size.height,
    backgroundColor: '#FFF9EF',
    banner: false,
    audio: { noAudio: true },
    input: { activePointers: 3, keyboard: true },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    render: { antialias: true, roundPixels: false },
    scene: scenes,
  });
  const canvasListeners: Array<[string, EventListener]> = [];
  game.events.once(Phaser.Core.Events.READY, () => {
    const canvas = game.canvas;
    canvas.setAttribute('aria-hidden', 'true');
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
  return {
    game,
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
}
