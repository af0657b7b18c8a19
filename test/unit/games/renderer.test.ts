import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseRenderer, isSoftwareRenderer } from '../../../src/games/engine/renderer.ts';

describe('the renderer choice', () => {
  it('takes WebGL on a GPU and Canvas 2D where WebGL would be software-rendered', () => {
    expect(chooseRenderer(null, () => true)).toBe('webgl');
    expect(chooseRenderer(null, () => false)).toBe('canvas');
  });

  it('lets ?renderer= force either one without probing, and ignores anything else', () => {
    const probe = vi.fn(() => true);
    expect(chooseRenderer('canvas', probe)).toBe('canvas');
    expect(chooseRenderer('webgl', () => false)).toBe('webgl');
    expect(probe).not.toHaveBeenCalled();
    expect(chooseRenderer('webgpu', probe)).toBe('webgl');
    expect(chooseRenderer('', () => false)).toBe('canvas');
  });
});

describe('software rasterisers', () => {
  it('are told from GPUs by the name WebGL gives the renderer', () => {
    for (const sw of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'Mesa softpipe',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)',
    ])
      expect(isSoftwareRenderer(sw), sw).toBe(true);
    for (const gpu of ['ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)', 'Adreno (TM) 610', 'Mali-G52', 'Apple GPU', 'PowerVR Rogue GE8320', ''])
      expect(isSoftwareRenderer(gpu), gpu).toBe(false);
  });
});

describe('the WebGL probe', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.resetModules();
  });

  const load = async (): Promise<typeof import('../../../src/games/engine/renderer.ts')> => {
    vi.resetModules();
    return import('../../../src/games/engine/renderer.ts');
  };

  it('asks for a context that fails on a major performance caveat, releases it, and probes once a page', async () => {
    const loseContext = vi.fn();
    const gl = { getExtension: (name: string) => (name === 'WEBGL_lose_context' ? { loseContext } : null), getParameter: () => '' };
    const getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(((kind: string, attrs?: { failIfMajorPerformanceCaveat?: boolean }) =>
      kind === 'webgl2' && attrs?.failIfMajorPerformanceCaveat === true ? gl : null) as unknown as HTMLCanvasElement['getContext']);
    const { hasHardwareWebGL } = await load();
    expect(hasHardwareWebGL()).toBe(true);
    expect(hasHardwareWebGL()).toBe(true);
    expect(getContext).toHaveBeenCalledTimes(1);
    expect(loseContext).toHaveBeenCalledTimes(1);
  });

  it('says no to a context that SwiftShader draws, and still releases it', async () => {
    const loseContext = vi.fn();
    const UNMASKED = 0x9246;
    const gl = {
      getExtension: (name: string) => (name === 'WEBGL_lose_context' ? { loseContext } : name === 'WEBGL_debug_renderer_info' ? { UNMASKED_RENDERER_WEBGL: UNMASKED } : null),
      getParameter: (p: number) => (p === UNMASKED ? 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)' : 'WebKit WebGL'),
    };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => gl) as unknown as HTMLCanvasElement['getContext']);
    expect((await load()).hasHardwareWebGL()).toBe(false);
    expect(loseContext).toHaveBeenCalledTimes(1);
  });

  it('falls back to WebGL 1, and says no when the browser refuses both or throws', async () => {
    const calls: string[] = [];
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(((kind: string) => {
      calls.push(kind);
      return null;
    }) as unknown as HTMLCanvasElement['getContext']);
    expect((await load()).hasHardwareWebGL()).toBe(false);
    expect(calls).toEqual(['webgl2', 'webgl']);

    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => {
      throw new Error('blocked');
    });
    expect((await load()).hasHardwareWebGL()).toBe(false);
  });
});
