import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../content/problems.ts';
import { parseInto, readJson } from '../content/read.ts';
import { guideLinks, guideRuleProblems, guideSchema, type Guide } from '../shared/guides/schema.ts';
import { collectIds, resolveLink } from '../shared/guides/links.ts';

const DIR = 'assets/guides';

/** Ids of every coloring sheet the coloring manifest(s) under levels/coloring/ declare. */
export function sheetIdsOnDisk(root: string): Set<string> {
  const ids = new Set<string>();
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.json')) {
        try {
          collectIds(JSON.parse(readFileSync(p, 'utf8')), ids);
        } catch {
          /* the coloring check reports its own broken files */
        }
      }
    }
  };
  walk(join(root, 'levels/coloring'));
  return ids;
}

/** Links whose game or sheet is not on disk yet: shown as plain text in the app, listed here. */
export function danglingLinks(root: string, guide: Pick<Guide, 'steps'>): string[] {
  const sheets = sheetIdsOnDisk(root);
  return guideLinks(guide).filter((link) => {
    const { kind, id } = resolveLink(link);
    return kind === 'game' ? !existsSync(join(root, 'levels', id, 'game.json')) : !sheets.has(id);
  });
}

/**
 * Validates every guide file: JSON, schema, cross-field rules, id = file name, unique sessions and
 * mission ids. Dangling links are warnings (printed, not returned): games and sheets arrive later.
 */
export async function checkContent(root: string, warn: (line: string) => void = (l) => console.warn(l)): Promise<ContentProblem[]> {
  const dir = join(root, DIR);
  const problems: ContentProblem[] = [];
  if (!existsSync(dir)) return [{ file: DIR, field: '', message: 'folder missing: the session guides live here' }];
  const sessions = new Map<string, string>();
  const missions = new Map<string, string>();
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  for (const name of files) {
    const file = `${DIR}/${name}`;
    const raw = readJson(root, file, problems);
    if (raw === undefined) continue;
    const g = parseInto(guideSchema, raw, file, problems);
    if (!g) continue;
    for (const p of guideRuleProblems(g)) problems.push({ file, ...p });
    if (g.id !== name.replace(/\.json$/, '')) problems.push({ file, field: 'id', message: `"${g.id}" differs from the file name` });
    const sessionKey = g.program === 'center' ? `center:${g.id}` : `${g.program}:${g.session}`;
    const prior = sessions.get(sessionKey);
    if (prior) problems.push({ file, field: 'session', message: `${g.program} session ${g.session} is already ${prior}` });
    sessions.set(sessionKey, file);
    const priorMission = missions.get(g.homeMission.id);
    if (priorMission) problems.push({ file, field: 'homeMission.id', message: `"${g.homeMission.id}" is already used by ${priorMission}` });
    missions.set(g.homeMission.id, file);
    for (const link of danglingLinks(root, g)) warn(`  ⚠ ${file} → ${link}: not built yet (shown as plain text until it exists)`);
  }
  return problems;
}
