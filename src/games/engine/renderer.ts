/**
 * Which of Phaser's two renderers a play screen uses.
 *
 * WebGL is the right choice on a device with a GPU. When the browser can only offer WebGL through a
 * software rasteriser, WebGL is the slow choice. This happens with SwiftShader or llvmpipe, on a class
 * laptop whose GPU Chrome has blocklisted, in a VM, or in headless Chromium. Every WebGL frame is then
 * drawn on the CPU and copied back for the page compositor. Measured here (test/bench/games.bench.ts):
 * 33–50 ms a frame under 4× CPU throttling, against 16.7 ms with Canvas 2D, which such a browser
 * rasterises natively.
 *
 * The browser answers the question in one of two ways. `failIfMajorPerformanceCaveat` makes it refuse a
 * WebGL context that would be software-rendered; Chromium honours that only when the GPU is blocklisted.
 * Headless Chromium and Chromium run with --disable-gpu give SwiftShader anyway. In that case the
 * renderer's name gives it away.
 * The games use only what both renderers draw the same (baked textures, images, text, tweens), so the
 * choice changes speed, never the picture.
 */
export type RendererKind = 'webgl' | 'canvas';

/** `?renderer=webgl|canvas` forces one (devtools, and the tests that cover both paths). */
export function chooseRenderer(override: string | null, hardwareWebGL: () => boolean): RendererKind {
  if (override === 'webgl' || override === 'canvas') return override;
  return hardwareWebGL() ? 'webgl' : 'canvas';
}

/** Software rasterisers as WebGL names them: SwiftShader (Chromium), llvmpipe/softpipe (Mesa), WARP (Windows). */
export function isSoftwareRenderer(name: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render driver|microsoft warp/i.test(name);
}

let probed: boolean | null = null;

/**
 * True when the browser gives a WebGL context without a major performance caveat and it is not a known
 * software rasteriser. Probed once per page on a detached canvas, whose context is released at once
 * (browsers cap live WebGL contexts).
 */
export function hasHardwareWebGL(): boolean {
  if (probed !== null) return probed;
  try {
    const canvas = document.createElement('canvas');
    const gl = (canvas.getContext('webgl2', { failIfMajorPerformanceCaveat: true }) ??
      canvas.getContext('webgl', { failIfMajorPerformanceCaveat: true })) as WebGLRenderingContext | null;
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const name = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    probed = gl !== null && !isSoftwareRenderer(name);
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    probed = false;
  }
  return probed;
}
