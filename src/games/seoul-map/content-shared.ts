import { parseInto, readJson } from '../../content/read.ts';
import { z } from 'zod';
import { fieldPath, type ContentProblem } from '../../content/problems.ts';
import { LANGS, localized } from '../../shared/games/schema.ts';

/**
 * Helpers the content checks of games 5–8 share: the prompts file every game keeps beside its art,
 * and {{placeholders}} that must be the same in every language (a translation that drops `{{name}}`
 * would speak an empty place). Reading JSON into problems comes from src/content/read.ts.
 */
export const promptSchema = z.strictObject({ say: localized, dad: localized });

export { parseInto, readJson };

const holes = (s: string): string => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort().join(',');

/** Walks any JSON value and reports localized texts whose placeholders differ from the Korean. */
export function checkPlaceholders(value: unknown, rel: string, problems: ContentProblem[], path: PropertyKey[] = []): void {
  if (Array.isArray(value)) value.forEach((v, i) => checkPlaceholders(v, rel, problems, [...path, i]));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.ko === 'string' && LANGS.every((l) => typeof o[l] === 'string')) {
      for (const l of LANGS) {
        if (holes(o[l] as string) !== holes(o.ko)) problems.push({ file: rel, field: fieldPath([...path, l]), message: `placeholders differ from ko ({{${holes(o.ko) || 'none'}}})` });
      }
      return;
    }
    for (const [k, v] of Object.entries(o)) checkPlaceholders(v, rel, problems, [...path, k]);
  }
}

/** assets/games/<id>/prompts.json: exactly the keys the game's scene asks for. */
export function checkPrompts(root: string, gameId: string, keys: readonly string[], problems: ContentProblem[]): void {
  const rel = `assets/games/${gameId}/prompts.json`;
  const raw = readJson(root, rel, problems);
  if (raw === undefined) return;
  const shape = Object.fromEntries(keys.map((k) => [k, promptSchema])) as Record<string, typeof promptSchema>;
  if (parseInto(z.strictObject(shape), raw, rel, problems)) checkPlaceholders(raw, rel, problems);
}
