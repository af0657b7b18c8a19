import type { GameDescriptor, Level, Localized } from '../../shared/games/schema.ts';
import type { GameModule } from './contract.ts';
import { currentLanguage } from '../../i18n/index.ts';

/**
 * Where games and their content come from. All lazy: each file is its own small precached chunk,
 * so the first screen carries none of it and the game list never loads Phaser. Content was validated
 * by `npm run content:check` before the build, so nothing here re-validates it on the child's device.
 */
const descriptorFiles = import.meta.glob<GameDescriptor>('/levels/*/game.json', { import: 'default' });
const levelFiles = import.meta.glob<Level>(['/levels/*/*.json', '!/levels/*/game.json'], { import: 'default' });
const moduleFiles = import.meta.glob<{ game: GameModule }>('../*/index.ts');
const iconFiles = import.meta.glob<string>('/assets/games/*/icon.svg', { query: '?raw', import: 'default' });

const idOf = (path: string): string => path.split('/').at(-2) ?? '';

/** Game ids that have both content and code. */
export function gameIds(): string[] {
  const code = new Set(Object.keys(moduleFiles).map(idOf));
  return Object.keys(descriptorFiles).map(idOf).filter((id) => code.has(id)).sort();
}

export async function loadDescriptor(id: string): Promise<GameDescriptor | null> {
  const load = descriptorFiles[`/levels/${id}/game.json`];
  return load ? load() : null;
}

export async function loadDescriptors(): Promise<GameDescriptor[]> {
  const list = await Promise.all(gameIds().map(loadDescriptor));
  return list.filter((d): d is GameDescriptor => d !== null);
}

export async function loadLevels(id: string): Promise<Level[]> {
  const prefix = `/levels/${id}/`;
  const entries = Object.entries(levelFiles).filter(([p]) => p.startsWith(prefix));
  const levels = await Promise.all(entries.map(([, load]) => load()));
  return levels.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

export async function loadLevel(id: string, levelId: string): Promise<Level | null> {
  const load = levelFiles[`/levels/${id}/${levelId}.json`];
  return load ? load() : null;
}

export async function loadModule(id: string): Promise<GameModule | null> {
  const load = moduleFiles[`../${id}/index.ts`];
  return load ? (await load()).game : null;
}

export async function loadIcon(id: string): Promise<string | null> {
  const load = iconFiles[`/assets/games/${id}/icon.svg`];
  return load ? load() : null;
}

/** Content text in the language the app speaks now (all five are required by the schema). */
export function tr(l: Localized): string {
  return l[currentLanguage()];
}
