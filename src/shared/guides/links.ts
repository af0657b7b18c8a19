import type { GuideLink } from './schema.ts';

/** A link split into what it points at and the app route that opens it. */
export interface ResolvedLink {
  kind: 'game' | 'sheet';
  id: string;
  /** /play/<game-id> or /coloring/<sheet-id>: the routes the games and coloring features own. */
  route: string;
}

export function resolveLink(link: GuideLink): ResolvedLink {
  const at = link.indexOf(':');
  const kind = link.slice(0, at) === 'game' ? 'game' : 'sheet';
  const id = link.slice(at + 1);
  return { kind, id, route: kind === 'game' ? `/play/${id}` : `/coloring/${id}` };
}

/**
 * Collects every object's string `id` in a coloring manifest. The manifest's exact shape belongs to
 * the coloring side, so any nesting is accepted; a `sheet:` prefix is tolerated.
 */
export function collectIds(v: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(v)) for (const x of v) collectIds(x, into);
  else if (v && typeof v === 'object') {
    const id = (v as { id?: unknown }).id;
    if (typeof id === 'string') into.add(id.replace(/^sheet:/, ''));
    for (const x of Object.values(v)) if (x && typeof x === 'object') collectIds(x, into);
  }
  return into;
}

/** Game id from a path like `../../levels/body-match/game.json`. */
export function gameIdFromPath(path: string): string | null {
  const m = /levels\/([a-z0-9-]+)\/game\.json$/.exec(path);
  return m ? (m[1] as string) : null;
}
