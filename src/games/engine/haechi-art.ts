import type * as Phaser from 'phaser';
import point from '../../../assets/games/haechi-point.svg?url';
import cheer from '../../../assets/games/haechi-cheer.svg?url';
import sleep from '../../../assets/games/haechi-sleep.svg?url';
import think from '../../../assets/games/haechi-think.svg?url';
import surprised from '../../../assets/games/haechi-surprised.svg?url';
import giggle from '../../../assets/games/haechi-giggle.svg?url';

export const HAECHI_POSES = { point, cheer, sleep, think, surprised, giggle } as const;
export type HaechiPose = keyof typeof HAECHI_POSES;

/**
 * Loads 해치's poses as textures `haechi-<pose>`, rasterised at the canvas's real resolution. A scene
 * restarted mid-load may queue a pose twice; Phaser then keeps the first and logs the second.
 */
export function preloadHaechi(scene: Phaser.Scene, ratio: number, height = 320): void {
  for (const [pose, url] of Object.entries(HAECHI_POSES)) {
    const key = `haechi-${pose}`;
    if (!scene.textures.exists(key)) scene.load.svg(key, url, { width: (height * ratio * 240) / 260, height: height * ratio });
  }
}
