import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createLineLogic, rulesFor } from '../../../src/games/line2-rhythm/index.ts';
import { createMapLogic } from '../../../src/games/seoul-map/index.ts';
import { createPairsLogic } from '../../../src/games/butterfly-pairs/index.ts';
import { game as tower } from '../../../src/games/tower-stack/index.ts';
import type { LineData } from '../../../src/games/line2-rhythm/data.ts';
import type { MapData } from '../../../src/games/seoul-map/data.ts';
import type { PairsData } from '../../../src/games/butterfly-pairs/data.ts';
import type { Level } from '../../../src/shared/games/schema.ts';

const LANGS = ['ko', 'en', 'zh', 'ja', 'vi'] as const;
const level = <D>(path: string): Level<D> => JSON.parse(readFileSync(path, 'utf8')) as Level<D>;

describe('games 5–8: levels become rounds, prompts get their names', () => {
  it('turns each rhythm mode into the rules the round plays', () => {
    const slow = level<LineData>('levels/line2-rhythm/ride-slow.json').data;
    expect(rulesFor(slow)).toMatchObject({ mode: 'turns', bpm: 60, stations: 6, phrases: [[{ who: 'dad' }, { who: 'child' }, { who: 'dad' }, { who: 'child' }]] });
    const echo = rulesFor(level<LineData>('levels/line2-rhythm/echo-ride.json').data);
    expect(echo.phrases?.[0]?.map((h) => h.who)).toEqual(['dad', 'dad', 'child', 'child']);
    expect(rulesFor(level<LineData>('levels/line2-rhythm/my-rhythm.json').data)).toMatchObject({ mode: 'compose', composeLength: 4 });
  });

  it("speaks each station's own name in every language", () => {
    const logic = createLineLogic(level<LineData>('levels/line2-rhythm/ride-slow.json').data);
    const p = logic.stationPrompt(2);
    for (const l of LANGS) {
      expect(p.say[l]).not.toContain('{{');
      expect(p.say[l]).toContain(logic.data.stations[2]!.name[l]);
    }
  });

  it('fills the place card (name, what to see, safety) into the map prompts', () => {
    const logic = createMapLogic(level<MapData>('levels/seoul-map/first-trip.json').data);
    const tower = logic.places.get('n-seoul-tower')!;
    const card = logic.placePrompt('placeGlow', 'n-seoul-tower');
    const safety = logic.placePrompt('placed', 'n-seoul-tower');
    for (const l of LANGS) {
      expect(card.dad[l]).toContain(tower.see[l]);
      expect(card.say[l]).toContain(tower.name[l]);
      expect(safety.dad[l]).toContain(tower.safety[l]);
    }
    expect(logic.places.size).toBe(16);
  });

  it('starts butterfly pairs on the child, and the tower with the band’s own hint', () => {
    const pairs = createPairsLogic(level<PairsData>('levels/butterfly-pairs/garden-small.json').data, 5);
    expect(pairs.round.turn).toBe('child');
    expect(pairs.turnPrompt()).toBe(pairs.prompts.childTurn);
    const l = level<never>('levels/tower-stack/sky-tower.json');
    const logic = tower.createLogic(l as never, 1);
    expect(tower.firstPrompt(logic, l as never).say).toEqual(l.hint);
    expect(logic.round.rules.blocks).toBe(l.targets);
  });
});
