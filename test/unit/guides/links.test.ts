import { describe, expect, it } from 'vitest';
import { collectIds, gameIdFromPath } from '../../../src/shared/guides/links.ts';

describe('link existence helpers', () => {
  it('finds sheet ids at any depth of a coloring manifest, with or without the sheet: prefix', () => {
    const manifest = { version: 1, places: [{ id: 'ddp', sheets: [{ id: 'ddp-simple' }, { id: 'sheet:ddp-detailed' }] }], extra: { map: { id: 'seoul-map' } } };
    expect([...collectIds(manifest)].sort()).toEqual(['ddp', 'ddp-detailed', 'ddp-simple', 'seoul-map']);
    expect(collectIds(null).size).toBe(0);
    expect(collectIds([1, 'x', { id: 7 }]).size).toBe(0);
  });

  it('reads the game id from a level folder path', () => {
    expect(gameIdFromPath('../../levels/freeze-haechi/game.json')).toBe('freeze-haechi');
    expect(gameIdFromPath('../../levels/coloring/manifest.json')).toBeNull();
  });
});
