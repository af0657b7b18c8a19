import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../content/problems.ts';

const LANGS = ['ko', 'en', 'zh', 'ja', 'vi'];

function flatten(obj: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
    for (const [k, v] of Object.entries(obj)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, obj);
  return out;
}

/** Placeholders like {{count}} that a translation must keep. */
function placeholders(s: string): string[] {
  return [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] as string).sort();
}

/**
 * Every key of Korean (the source) must exist, non-empty and with the same placeholders, in every
 * other language; a file that is not valid JSON is named too.
 */
export async function checkContent(root: string): Promise<ContentProblem[]> {
  const dir = join(root, 'src/i18n/locales');
  const problems: ContentProblem[] = [];
  const load = (lng: string, file: string): Map<string, unknown> | null => {
    const rel = `src/i18n/locales/${lng}/${file}`;
    const p = join(dir, lng, file);
    if (!existsSync(p)) {
      problems.push({ file: rel, field: '', message: `missing: every namespace of ko needs a ${lng} file` });
      return null;
    }
    try {
      return flatten(JSON.parse(readFileSync(p, 'utf8')));
    } catch (e) {
      problems.push({ file: rel, field: '', message: `not valid JSON (${(e as Error).message})` });
      return null;
    }
  };
  for (const file of readdirSync(join(dir, 'ko')).filter((f) => f.endsWith('.json'))) {
    const ko = load('ko', file);
    if (!ko) continue;
    for (const lng of LANGS.slice(1)) {
      const other = load(lng, file);
      if (!other) continue;
      for (const [key, src] of ko) {
        const v = other.get(key);
        const field = `${file.replace(/\.json$/, '')}:${key}`;
        if (typeof v !== 'string' || v.trim() === '') {
          problems.push({ file: `src/i18n/locales/${lng}/${file}`, field, message: `missing or empty in ${lng}` });
        } else if (typeof src === 'string' && placeholders(src).join() !== placeholders(v).join()) {
          problems.push({ file: `src/i18n/locales/${lng}/${file}`, field, message: `placeholders differ from ko (${placeholders(src).join(', ') || 'none'})` });
        }
      }
    }
  }
  return problems;
}
