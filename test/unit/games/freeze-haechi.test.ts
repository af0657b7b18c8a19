import { describe, expect, it } from 'vitest';
import { FreezeHaechi, type FreezeData } from '../../../src/games/freeze-haechi/logic.ts';

const l = (s: string) => ({ ko: s, en: s, zh: s, ja: s, vi: s });
const data: FreezeData = {
  tempo: 1,
  lap: 3,
  music: { say: l('music'), dad: l('music-dad') },
  poses: [
    { pose: 'cheer', say: l('cheer'), dad: l('d') },
    { pose: 'sleep', say: l('sleep'), dad: l('d') },
  ],
  stopLabel: l('stop'),
  goLabel: l('go'),
};

describe('멈춰! 해치 rules', () => {
  it('moves 해치 a stone per tap while the music plays, and round the lap at the gate', () => {
    const g = new FreezeHaechi(data);
    expect(g.tap()).toBe('step');
    expect(g.tap()).toBe('step');
    expect(g.tap()).toBe('gate');
    expect(g.stone).toBe(0);
    expect(g.laps).toBe(1);
  });

  it("lets dad stop the music: 해치 strikes the next pose and the prompt follows it", () => {
    const g = new FreezeHaechi(data);
    expect(g.prompt.say.ko).toBe('music');
    expect(g.stop()?.pose).toBe('cheer');
    expect(g.phase).toBe('frozen');
    expect(g.prompt.say.ko).toBe('cheer');
    // A second press while frozen changes nothing.
    expect(g.stop()?.pose).toBe('cheer');
    g.go();
    expect(g.stop()?.pose).toBe('sleep');
    g.go();
    expect(g.stop()?.pose).toBe('cheer');
  });

  it('counts a freeze the child held; a tap during the freeze is a wiggle and that freeze just does not count', () => {
    const g = new FreezeHaechi(data);
    g.stop();
    expect(g.go()).toBe('held');
    expect(g.held).toBe(1);
    g.stop();
    expect(g.tap()).toBe('wiggle');
    expect(g.stone).toBe(0);
    expect(g.go()).toBe('moved');
    expect(g.held).toBe(1);
    // The next freeze starts clean.
    g.stop();
    expect(g.go()).toBe('held');
    expect(g.held).toBe(2);
  });

  it('ignores "music again" while the music already plays', () => {
    const g = new FreezeHaechi(data);
    expect(g.go()).toBe('ignored');
    expect(g.held).toBe(0);
  });
});
