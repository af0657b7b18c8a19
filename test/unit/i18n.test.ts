import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/i18n/content-check.ts';
import { formatProblem } from '../../src/content/problems.ts';

describe('translations', () => {
  it('every ko key exists, non-empty and with the same placeholders, in en, zh, ja and vi', async () => {
    const problems = await checkContent(process.cwd());
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('names the language and the key when one is missing or empty', async () => {
    const root = mkdtempSync(join(tmpdir(), 'appa-i18n-'));
    try {
      cpSync('src/i18n/locales', join(root, 'src/i18n/locales'), { recursive: true });
      const vi = join(root, 'src/i18n/locales/vi/common.json');
      const data = JSON.parse(readFileSync(vi, 'utf8')) as { home: Record<string, string>; gate: Record<string, string> };
      delete data.home.title;
      data.gate.sum = '{{a}} + ? = ?';
      writeFileSync(vi, JSON.stringify(data));
      writeFileSync(join(root, 'src/i18n/locales/ja/common.json'), JSON.stringify({ ...JSON.parse(readFileSync(join(root, 'src/i18n/locales/ja/common.json'), 'utf8')), app: { name: ' ' } }));
      const out = (await checkContent(root)).map(formatProblem);
      expect(out).toContain('src/i18n/locales/vi/common.json → common:home.title: missing or empty in vi');
      expect(out).toContain('src/i18n/locales/ja/common.json → common:app.name: missing or empty in ja');
      expect(out.some((l) => l.includes('vi/common.json → common:gate.sum: placeholders differ'))).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
