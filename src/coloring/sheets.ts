import manifestJson from '../../levels/coloring/sheets.json';
import type { Sheet } from '../shared/coloring/manifest.ts';
import type { AgeBand } from '../app/prefs.ts';
import { currentLanguage } from '../i18n/index.ts';

/** The manifest as built into the app; `npm run content:check` has validated it before every build. */
export const SHEETS: readonly Sheet[] = (manifestJson as { sheets: Sheet[] }).sheets;

// Each SVG is its own small lazy chunk: precached for offline use, fetched only when a sheet opens.
const files = import.meta.glob<string>('../../assets/coloring/sheets/*.svg', { query: '?raw', import: 'default' });

export function findSheet(id: string): Sheet | undefined {
  return SHEETS.find((s) => s.id === id);
}

export function sheetsForAge(band: AgeBand): Sheet[] {
  return SHEETS.filter((s) => s.ageBands.includes(band));
}

export async function loadSheetSvg(sheet: Sheet): Promise<string> {
  const load = files[`../../${sheet.file}`];
  if (!load) throw new Error(`no bundled file for ${sheet.file}`);
  return load();
}

/** The sheet's name in the app's language (content carries its own translations). */
export function sheetName(sheet: Sheet, lng = currentLanguage()): string {
  return sheet.name[lng];
}

export function sheetPrompt(sheet: Sheet, lng = currentLanguage()): string {
  return sheet.prompt[lng];
}
