import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { z } from 'zod';
import { fieldPath, type ContentProblem } from '../content/problems.ts';
import { parseInto, readJson } from '../content/read.ts';
import { gameDescriptor, levelBase, type LevelBase } from '../shared/games/schema.ts';

/** What `src/games/<id>/data.ts` exports: the schema of its levels' `data`, and optional cross-checks. */
export interface GameDataModule {
  levelData: z.ZodType;
  /** Checks that need the whole level (e.g. `targets` against the number of questions). */
  checkLevel?: (level: LevelBase & { data: unknown }) => Array<{ path: Array<string | number>; message: string }>;
}

/** Game code (data.ts schemas) sits beside this checker; `root` is where the content is read from. */
const gamesDir = dirname(fileURLToPath(import.meta.url));

const REQUIRED_BANDS = ['0-2', '3-5', '6-7'] as const;

/**
 * Every `levels/<id>/` folder with a `game.json` is a game: the descriptor, and each level file
 * against the frame's schema plus the game's own `data` schema. Names the file and field of every fault.
 */
export async function checkContent(root: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const levelsDir = join(root, 'levels');
  if (!existsSync(levelsDir)) return problems;
  for (const id of readdirSync(levelsDir).sort()) {
    const dir = join(levelsDir, id);
    if (!statSync(dir).isDirectory() || !existsSync(join(dir, 'game.json'))) continue;
    const descRel = `levels/${id}/game.json`;
    const raw = readJson(root, descRel, problems);
    let bands: string[] = [];
    if (raw !== undefined) {
      const desc = parseInto(gameDescriptor, raw, descRel, problems);
      if (desc) {
        bands = desc.ageBands;
        if (desc.id !== id) problems.push({ file: descRel, field: 'id', message: `must be "${id}", the folder's name` });
        for (const b of REQUIRED_BANDS) if (!bands.includes(b)) problems.push({ file: descRel, field: 'ageBands', message: `every game offers the ${b} band` });
      }
    }
    const codeDir = join(gamesDir, id);
    // A game without src/games/<id>/index.ts yet is simply not listed (the catalog needs both), so that is
    // no content fault; its levels are still checked once data.ts exists.
    let dataMod: GameDataModule | null = null;
    const dataPath = join(codeDir, 'data.ts');
    if (existsSync(dataPath)) {
      const mod = (await import(pathToFileURL(dataPath).href)) as Partial<GameDataModule>;
      if (mod.levelData) dataMod = mod as GameDataModule;
      else problems.push({ file: `src/games/${id}/data.ts`, field: '', message: 'exports no levelData schema' });
    } else if (existsSync(join(codeDir, 'index.ts'))) problems.push({ file: descRel, field: '', message: `no level data schema: src/games/${id}/data.ts is missing` });

    const seenBands = new Set<string>();
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'game.json').sort()) {
      const rel = `levels/${id}/${name}`;
      const lraw = readJson(root, rel, problems);
      if (lraw === undefined) continue;
      const level = parseInto(levelBase, lraw, rel, problems);
      if (!level) continue;
      seenBands.add(level.ageBand);
      if (level.id !== name.replace(/\.json$/, '')) problems.push({ file: rel, field: 'id', message: `must be "${name.replace(/\.json$/, '')}", the file's name` });
      if (bands.length && !bands.includes(level.ageBand)) problems.push({ file: rel, field: 'ageBand', message: `"${level.ageBand}" is not in game.json's ageBands` });
      if (!dataMod) continue;
      const data: unknown = parseInto(dataMod.levelData, level.data, rel, problems, 'data');
      if (data === undefined) continue;
      for (const p of dataMod.checkLevel?.({ ...level, data }) ?? []) problems.push({ file: rel, field: fieldPath(p.path), message: p.message });
    }
    for (const b of bands) if (b !== '0-2' && !seenBands.has(b)) problems.push({ file: descRel, field: 'ageBands', message: `lists ${b} but no level file has ageBand "${b}"` });
  }
  return problems;
}
