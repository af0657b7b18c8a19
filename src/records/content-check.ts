import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fieldPath, type ContentProblem } from '../content/problems.ts';
import { instrumentSchema } from '../shared/records/instrument.ts';

const DIR = 'levels/instruments';

/** Survey instruments: valid JSON, the instrument schema, and a file name that matches the id. */
export async function checkContent(root: string): Promise<ContentProblem[]> {
  const dir = join(root, DIR);
  if (!existsSync(dir)) return [{ file: DIR, field: '', message: 'missing: the survey instruments live here' }];
  const problems: ContentProblem[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (!files.length) problems.push({ file: DIR, field: '', message: 'no instrument files' });
  for (const name of files) {
    const file = `${DIR}/${name}`;
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (e) {
      problems.push({ file, field: '', message: `not valid JSON (${(e as Error).message})` });
      continue;
    }
    const r = instrumentSchema.safeParse(data);
    if (!r.success) {
      for (const issue of r.error.issues) problems.push({ file, field: fieldPath(issue.path), message: issue.message });
      continue;
    }
    if (`${r.data.id}.json` !== name) problems.push({ file, field: 'id', message: `id "${r.data.id}" does not match the file name` });
  }
  return problems;
}
