import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { fieldPath, type ContentProblem } from './problems.ts';

/**
 * Reads one content file as JSON. A missing file or a parse error becomes a problem naming the file,
 * never an exception, so a checker reports every bad file in one run. `rel` is relative to `root`.
 */
export function readJson(root: string, rel: string, problems: ContentProblem[], missing = 'file is missing'): unknown {
  const p = join(root, rel);
  if (!existsSync(p)) {
    problems.push({ file: rel, field: '', message: missing });
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(p, 'utf8'));
  } catch (e) {
    problems.push({ file: rel, field: '', message: `not valid JSON (${(e as Error).message})` });
    return undefined;
  }
}

/** Validates a value against a schema; each issue becomes a problem at `prefix.field`. */
export function parseInto<T>(schema: z.ZodType<T>, value: unknown, rel: string, problems: ContentProblem[], prefix = ''): T | undefined {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    const field = fieldPath(issue.path);
    problems.push({ file: rel, field: prefix && field ? `${prefix}.${field}` : prefix || field, message: issue.message });
  }
  return undefined;
}
