import type { RouteDef } from './types.ts';

export interface Match {
  route: RouteDef;
  params: Record<string, string>;
}

interface Compiled {
  route: RouteDef;
  re: RegExp;
  keys: string[];
}

export function compile(routes: RouteDef[]): Compiled[] {
  return routes.map((route) => {
    const keys: string[] = [];
    const src = route.path
      .split('/')
      .map((seg) => {
        if (seg.startsWith(':')) {
          keys.push(seg.slice(1));
          return '([^/]+)';
        }
        return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    return { route, re: new RegExp(`^${src}/?$`), keys };
  });
}

export function match(table: Compiled[], pathname: string): Match | null {
  for (const c of table) {
    const m = c.re.exec(pathname);
    if (!m) continue;
    const params: Record<string, string> = {};
    c.keys.forEach((k, i) => {
      params[k] = decodeURIComponent(m[i + 1] ?? '');
    });
    return { route: c.route, params };
  }
  return null;
}
