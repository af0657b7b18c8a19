import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guideLinks, guideRuleProblems, guideSchema, type Guide, type LocalizedText, type StepKind } from '../../../src/shared/guides/schema.ts';

/**
 * The twelve 아자프로젝트 guides are facilitator scripts: these checks hold them to what a center needs
 * to run one from the file alone (content brief §6.0, §6.2, §3.1), beyond what the schema can say.
 */
const DIR = 'assets/guides';
const files = readdirSync(DIR).filter((f) => /^aja-\d\d-.+\.json$/.test(f)).sort();
const guides: Array<{ file: string; g: Guide }> = files.map((file) => ({
  file,
  g: guideSchema.parse(JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8'))),
}));

/** Where each step kind sits in the standard session; an outing walk stands in for guided play. */
const TEMPLATE_RANK: Record<StepKind, number> = {
  arrival: 0, opening: 1, 'dad-talk': 2, 'guided-play': 3, outing: 3, activity: 3, 'tablet-coplay': 4, coloring: 5, closing: 6,
};

function allTexts(v: unknown, out: LocalizedText[] = []): LocalizedText[] {
  if (Array.isArray(v)) for (const x of v) allTexts(x, out);
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (['ko', 'en', 'zh', 'ja', 'vi'].every((l) => typeof o[l] === 'string')) out.push(o as unknown as LocalizedText);
    else for (const x of Object.values(o)) allTexts(x, out);
  }
  return out;
}

describe('아자프로젝트 guides', () => {
  it('are twelve themes, sessions 1–12, each valid and named after its file', () => {
    expect(files).toHaveLength(12);
    expect(guides.map(({ g }) => g.session)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const { file, g } of guides) {
      expect(g.program, file).toBe('aja');
      expect(g.id, file).toBe(file.replace(/\.json$/, ''));
      expect(g.id.startsWith(`aja-${String(g.session).padStart(2, '0')}-`), file).toBe(true);
      expect(guideRuleProblems(g), file).toEqual([]);
    }
  });

  it('follow the session template in order, every block present', () => {
    for (const { file, g } of guides) {
      const ranks = g.steps.map((s) => TEMPLATE_RANK[s.kind]);
      expect([...ranks].sort((a, b) => a - b), file).toEqual(ranks);
      expect(new Set(ranks), file).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
      const tablet = g.steps.filter((s) => s.kind === 'tablet-coplay');
      expect(tablet, file).toHaveLength(1);
      expect(tablet[0]!.minutes, file).toBeLessThanOrEqual(10);
    }
  });

  it('run 110 minutes at the center or 120–150 minutes on an outing, for 8–10 dyads aged 3–12', () => {
    for (const { file, g } of guides) {
      const outing = g.steps.some((s) => s.kind === 'outing');
      if (outing) {
        expect(g.durationMinutes, file).toBeGreaterThanOrEqual(120);
        expect(g.durationMinutes, file).toBeLessThanOrEqual(150);
      } else expect(g.durationMinutes, file).toBe(110);
      expect([g.groupSize.minDyads, g.groupSize.maxDyads], file).toEqual([8, 10]);
      expect(g.ageBands.map((b) => b.band), file).toEqual(['3-5', '6-7', '8-12']);
    }
  });

  it('put the pre-survey in the first theme, the post-survey in the last and satisfaction in every closing', () => {
    for (const { file, g } of guides) {
      const kinds = g.surveys.map((s) => s.kind).sort();
      const expected = g.session === 1 ? ['pre', 'satisfaction'] : g.session === 12 ? ['post', 'satisfaction'] : ['satisfaction'];
      expect(kinds, file).toEqual(expected);
      expect(g.surveys.find((s) => s.kind === 'satisfaction')?.during, file).toBe('closing');
    }
  });

  it('launch a game from the tablet step and a sheet from the coloring step', () => {
    for (const { file, g } of guides) {
      const tablet = g.steps.find((s) => s.kind === 'tablet-coplay')!;
      const coloring = g.steps.find((s) => s.kind === 'coloring')!;
      expect(tablet.links.some((l) => l.startsWith('game:')), file).toBe(true);
      expect(coloring.links.some((l) => l.startsWith('sheet:')), file).toBe(true);
      expect(guideLinks(g).length, file).toBeGreaterThanOrEqual(2);
    }
  });

  it('carry the safety rules each theme needs', () => {
    const byId = new Map(guides.map(({ g }) => [g.session, g]));
    const safetyKo = (n: number): string => byId.get(n)!.safety.map((s) => s.ko).join(' ');
    for (const { file, g } of guides) expect(g.safety.length, file).toBeGreaterThanOrEqual(3);
    expect(safetyKo(1)).toContain('안전문');
    expect(safetyKo(3)).toContain('헬멧');
    expect(safetyKo(3)).toContain('물가');
    expect(safetyKo(6)).toContain('알레르기');
    expect(safetyKo(6)).toContain('질식');
    expect(safetyKo(10)).toContain('8세 미만은 톱을 쓰지 않습니다');
    // The saw exists only as material for the 8–12 band.
    const saw = byId.get(10)!.materials.find((m) => m.id === 'saw-table');
    expect(saw?.bands).toEqual(['8-12']);
  });

  it('give each family a home mission with its own id, how often and tips', () => {
    const ids = guides.map(({ g }) => g.homeMission.id);
    expect(new Set(ids).size).toBe(12);
    for (const { file, g } of guides) {
      expect(g.homeMission.id.startsWith(`aja-${String(g.session).padStart(2, '0')}-`), file).toBe(true);
      expect(g.homeMission.tips.length, file).toBeGreaterThanOrEqual(1);
    }
  });

  it('are really translated: no Korean left in other languages, Vietnamese with diacritics, no kana in Chinese', () => {
    const hangul = /[\uac00-\ud7a3]/;
    const kana = /[\u3040-\u30ff]/;
    const vietnameseMarks = /[ăâđêôơưàáạảãèéẹẻẽìíịỉĩòóọỏõùúụủũỳýỵỷỹ]/i;
    for (const { file, g } of guides) {
      const texts = allTexts(g);
      expect(texts.length, file).toBeGreaterThan(50);
      for (const t of texts) {
        expect(hangul.test(t.ko), `${file}: ${t.ko}`).toBe(true);
        for (const lng of ['en', 'zh', 'ja', 'vi'] as const) expect(hangul.test(t[lng]), `${file} ${lng}: ${t[lng]}`).toBe(false);
        expect(kana.test(t.zh), `${file} zh: ${t.zh}`).toBe(false);
        if (t.vi.length > 15) expect(vietnameseMarks.test(t.vi), `${file} vi: ${t.vi}`).toBe(true);
        if (t.ja.length > 12) expect(kana.test(t.ja), `${file} ja: ${t.ja}`).toBe(true);
      }
    }
  });
});
