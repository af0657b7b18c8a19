/** One thing wrong with a content file, named so an author can find and fix it. */
export interface ContentProblem {
  /** Path relative to the repository root. */
  file: string;
  /** Dotted path of the field inside the file, or '' for the file as a whole. */
  field: string;
  message: string;
}

/** Each `src/<feature>/content-check.ts` exports one of these; `npm run content:check` runs them all. */
export type ContentChecker = (repoRoot: string) => Promise<ContentProblem[]>;

export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.field ? ` → ${p.field}` : ''}: ${p.message}`;
}

/** Turns zod-style issue paths into `levels[2].prompt.ko`. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}
