import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Phaser from 'phaser';
import { flattenImageTextures } from '../../../src/games/engine/bake.ts';

/** A texture manager with just what flattenImageTextures uses. */
function fakeScene(list: Record<string, { source: unknown; frames: number }>): { scene: Phaser.Scene; canvases: Map<string, HTMLCanvasElement>; removed: string[] } {
  const canvases = new Map<string, HTMLCanvasElement>();
  const removed: string[] = [];
  const textures = {
    getTextureKeys: () => Object.keys(list),
    get: (key: string) => ({ getSourceImage: () => list[key]!.source, frameTotal: list[key]!.frames }),
    remove: (key: string) => removed.push(key),
    addCanvas: (key: string, canvas: HTMLCanvasElement) => canvases.set(key, canvas),
  };
  return { scene: { textures } as unknown as Phaser.Scene, canvases, removed };
}

function loadedImage(w: number, h: number): HTMLImageElement {
  const img = document.createElement('img');
  Object.defineProperty(img, 'naturalWidth', { value: w });
  Object.defineProperty(img, 'naturalHeight', { value: h });
  return img;
}

describe('flattening picture textures', () => {
  afterEach(() => vi.restoreAllMocks());

  it('copies each loaded single-picture <img> into a canvas of its natural size under the same key', () => {
    const drawImage = vi.fn();
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => ({ drawImage })) as unknown as HTMLCanvasElement['getContext']);
    const map = loadedImage(1180, 826);
    const baked = document.createElement('canvas');
    const { scene, canvases, removed } = fakeScene({
      'seoul-map-bg': { source: map, frames: 1 },
      'sheet': { source: loadedImage(64, 64), frames: 5 }, // a sprite sheet keeps its frames
      'baked': { source: baked, frames: 1 }, // already a canvas
      'broken': { source: loadedImage(0, 0), frames: 1 }, // never decoded: left for Phaser's own error
    });
    flattenImageTextures(scene);
    expect(removed).toEqual(['seoul-map-bg']);
    const c = canvases.get('seoul-map-bg')!;
    expect([c.width, c.height]).toEqual([1180, 826]);
    expect(drawImage).toHaveBeenCalledWith(map, 0, 0, 1180, 826);
    expect([...canvases.keys()]).toEqual(['seoul-map-bg']);
  });

  it('does nothing the second time (a scene restarted after a rotation)', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => ({ drawImage: vi.fn() })) as unknown as HTMLCanvasElement['getContext']);
    const list = { face: { source: loadedImage(10, 10) as unknown, frames: 1 } };
    const first = fakeScene(list);
    flattenImageTextures(first.scene);
    list.face.source = first.canvases.get('face');
    const again = fakeScene(list);
    flattenImageTextures(again.scene);
    expect(again.removed).toEqual([]);
  });
});
