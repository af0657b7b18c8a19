import type * as Phaser from 'phaser';

/**
 * Draws once with Graphics commands and keeps the result as a texture. A live Graphics object is
 * re-tessellated on every frame, which a class tablet (or software WebGL) pays for at 60 fps; a baked
 * picture is one textured quad. Drawn at the canvas's pixel ratio so it stays crisp.
 * `origin` is where design (0, 0) of the drawing falls inside the w×h box.
 */
export function bake(
  scene: Phaser.Scene,
  name: string,
  w: number,
  h: number,
  ratio: number,
  draw: (g: Phaser.GameObjects.Graphics) => void,
  origin: { x: number; y: number } = { x: w / 2, y: h / 2 },
): string {
  const key = `${name}@${Math.round(w)}x${Math.round(h)}@${ratio}`;
  if (!scene.textures.exists(key)) {
    const g = scene.make.graphics({}, false);
    g.scaleCanvas(ratio, ratio);
    g.translateCanvas(origin.x, origin.y);
    draw(g);
    g.generateTexture(key, Math.ceil(w * ratio), Math.ceil(h * ratio));
    g.destroy();
  }
  return key;
}

/** Adds a baked picture as an image of design size w×h centred at (x, y). */
export function bakedImage(
  scene: Phaser.Scene,
  x: number,
  y: number,
  name: string,
  w: number,
  h: number,
  ratio: number,
  draw: (g: Phaser.GameObjects.Graphics) => void,
): Phaser.GameObjects.Image {
  return scene.add.image(x, y, bake(scene, name, w, h, ratio, draw)).setDisplaySize(w, h);
}

/**
 * Turns every single-picture texture that is still an <img> (Phaser's SVG and image loaders keep the
 * element) into a canvas of the same pixels. Canvas 2D may rasterise an SVG <img> again on every
 * drawImage, which costs more than the rest of the frame together; a canvas is copied as it is. WebGL
 * uploads either once, so nothing changes there but one copy. Frames of the same size keep their key.
 */
export function flattenImageTextures(scene: Phaser.Scene): void {
  const textures = scene.textures;
  for (const key of textures.getTextureKeys()) {
    const tex = textures.get(key);
    const img = tex.getSourceImage();
    if (!(img instanceof HTMLImageElement) || tex.frameTotal !== 1 || !img.naturalWidth) continue;
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    textures.remove(key);
    textures.addCanvas(key, canvas);
  }
}
