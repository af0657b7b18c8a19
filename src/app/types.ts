export type Cleanup = () => void;

export interface ScreenContext {
  params: Record<string, string>;
  query: URLSearchParams;
  navigate: (path: string) => void;
}

/** A screen module: what a route loads lazily. `mount` may return a cleanup run when leaving. */
export interface Screen {
  mount(root: HTMLElement, ctx: ScreenContext): void | Cleanup | Promise<void | Cleanup>;
  /** True when the screen re-renders its own text on a language switch (a running game does). */
  keepOnLanguageChange?: boolean;
}

export interface RouteDef {
  /** `/coloring/:sheetId` style pattern. */
  path: string;
  titleKey: string;
  /** Behind the parental gate (facilitator, records, settings that matter). */
  adult?: boolean;
  /** Full-screen child play: the shell hides its header. */
  immersive?: boolean;
  /**
   * The translation namespaces the screen uses besides `common`, when they are few: opening it then
   * waits for those alone (the home screen: none; a game: `games`). Left out: every namespace.
   */
  namespaces?: string[];
  load: () => Promise<Screen>;
}

export interface HomeTile {
  path: string;
  titleKey: string;
  /** Inline SVG markup of the tile's picture (bundled, trusted). */
  icon: string;
  color: string;
  adult?: boolean;
  order: number;
}

/** What a feature folder exports from its `routes.ts`; the shell discovers these files itself. */
export interface FeatureRoutes {
  routes: RouteDef[];
  tiles?: HomeTile[];
}
