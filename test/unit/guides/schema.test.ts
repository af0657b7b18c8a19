import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldPath } from '../../../src/content/problems.ts';
import { guideLinks, guideRuleProblems, guideSchema, MAX_TABLET_MINUTES } from '../../../src/shared/guides/schema.ts';
import { resolveLink } from '../../../src/shared/guides/links.ts';
import { exampleGuide } from './fixtures.ts';

function issuesOf(raw: unknown): string[] {
  const r = guideSchema.safeParse(raw);
  return r.success ? guideRuleProblems(r.data).map((p) => p.field) : r.error.issues.map((i) => fieldPath(i.path));
}

describe('guide schema', () => {
  it('accepts every 아빠육아달인 guide and applies defaults', () => {
    const files = readdirSync('assets/guides').filter((f) => f.startsWith('dal-'));
    expect(files.length).toBeGreaterThanOrEqual(1);
    for (const f of files) {
      const g = guideSchema.parse(JSON.parse(readFileSync(`assets/guides/${f}`, 'utf8')));
      expect(guideRuleProblems(g), f).toEqual([]);
      expect(g.id).toBe(f.replace(/\.json$/, ''));
      expect(g.steps.every((s) => Array.isArray(s.talkingPoints) && Array.isArray(s.links))).toBe(true);
    }
  });

  it('the example runs the standard session in order and its minutes add up', () => {
    const g = guideSchema.parse(exampleGuide());
    expect(g.steps.map((s) => s.kind)).toEqual(['arrival', 'opening', 'dad-talk', 'guided-play', 'guided-play', 'tablet-coplay', 'coloring', 'closing']);
    expect(g.steps.reduce((n, s) => n + s.minutes, 0)).toBe(g.durationMinutes);
    expect(g.surveys.map((s) => s.kind)).toEqual(['pre', 'satisfaction']);
    expect(guideLinks(g)).toEqual(['game:body-match', 'sheet:childrens-grand-park-simple', 'sheet:childrens-grand-park-detailed']);
  });

  it('names a missing translation down to the language', () => {
    const g = exampleGuide();
    delete (g.steps[2]?.title as Record<string, string>).vi;
    expect(issuesOf(g)).toEqual(['steps[2].title.vi']);
  });

  it('rejects links to games or places that do not exist in the app', () => {
    const g = exampleGuide();
    (g.steps[5] as { links: string[] }).links = ['game:pacman', 'sheet:n-seoul-tower-huge', 'sheet:seoul-map', 'sheet:ddp-simple'];
    expect(issuesOf(g)).toEqual(['steps[5].links[0]', 'steps[5].links[1]']);
  });

  it('holds tablet co-play to the screen-time limit', () => {
    const g = exampleGuide();
    const tablet = g.steps.findIndex((s) => s.kind === 'tablet-coplay');
    (g.steps[tablet] as { minutes: number }).minutes = MAX_TABLET_MINUTES + 5;
    (g as { durationMinutes: number }).durationMinutes += 5;
    expect(issuesOf(g)).toEqual([`steps[${tablet}].minutes`]);
  });

  it('checks the duration, survey steps, step ids and the satisfaction survey', () => {
    const g = exampleGuide();
    (g as { durationMinutes: number }).durationMinutes = 100;
    (g.surveys as Array<{ kind: string; during: string; minutes: number }>) = [{ kind: 'pre', during: 'nowhere', minutes: 10 }];
    (g.steps[1] as { id: string }).id = 'arrival';
    expect(issuesOf(g).sort()).toEqual(['durationMinutes', 'steps[1].id', 'surveys', 'surveys[0].during'].sort());
  });

  it('keeps 8–12 for 아자 and center guides, and asks a center guide for its program name', () => {
    const g = exampleGuide();
    (g.ageBands as Array<{ band: string; text: unknown }>).push({ band: '8-12', text: g.goal });
    expect(issuesOf(g)).toEqual(['ageBands']);
    (g as { program: string }).program = 'center';
    expect(issuesOf(g)).toEqual(['programName']);
  });

  it('rejects unknown fields, so a typo in a field name is not silently ignored', () => {
    const g = { ...exampleGuide(), safetyNotes: [] };
    expect(issuesOf(g)).toEqual(['']);
  });

  it('resolves links to the routes the games and coloring features own', () => {
    expect(resolveLink('game:freeze-haechi')).toEqual({ kind: 'game', id: 'freeze-haechi', route: '/play/freeze-haechi' });
    expect(resolveLink('sheet:line-2-detailed')).toEqual({ kind: 'sheet', id: 'line-2-detailed', route: '/coloring/line-2-detailed' });
  });
});
