import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../content/problems.ts';
import { parseInto, readJson } from '../content/read.ts';
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
    const data = readJson(root, file, problems);
    if (data === undefined) continue;
    const instrument = parseInto(instrumentSchema, data, file, problems);
    if (instrument && `${instrument.id}.json` !== name) problems.push({ file, field: 'id', message: `id "${instrument.id}" does not match the file name` });
  }
  return problems;
}
