/**
 * The rules a coloring SVG must keep, checked on its text so that the content check runs in Node
 * without a DOM: a viewBox; nothing that runs or fetches (scripts, event attributes, external
 * references); and in `<g class="areas">` only closed paths with unique ids, each big enough to color
 * on paper (ART.md: at least 8 mm across).
 */

export interface SvgProblem {
  /** `#<area-id>`, `viewBox`, or '' for the file as a whole. */
  field: string;
  message: string;
}

/** Width of the printed art box in millimetres (the print layout and the PDF both use it). */
export const ART_MM = 180;
export const MIN_AREA_MM = 8;

const NUM = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

export function parseViewBox(svg: string): [number, number, number, number] | null {
  const m = /<svg\b[^>]*\sviewBox\s*=\s*"([^"]*)"/i.exec(svg);
  if (!m) return null;
  const n = (m[1] ?? '').match(NUM)?.map(Number) ?? [];
  if (n.length !== 4 || n.some((x) => !Number.isFinite(x)) || (n[2] ?? 0) <= 0 || (n[3] ?? 0) <= 0) return null;
  return n as [number, number, number, number];
}

interface PathInfo {
  closed: boolean;
  box: { x0: number; y0: number; x1: number; y1: number } | null;
}

/** Walks a path's commands: whether every subpath ends in Z, and the box its points span. */
export function pathInfo(d: string): PathInfo {
  const tokens = d.match(/[MmLlHhVvCcSsQqTtAaZz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  let i = 0;
  let cmd = '';
  let x = 0;
  let y = 0;
  let sx = 0;
  let sy = 0;
  let open = false;
  let closed = tokens.length > 0;
  let box: PathInfo['box'] = null;
  const add = (px: number, py: number): void => {
    if (!box) box = { x0: px, y0: py, x1: px, y1: py };
    else box = { x0: Math.min(box.x0, px), y0: Math.min(box.y0, py), x1: Math.max(box.x1, px), y1: Math.max(box.y1, py) };
  };
  const num = (): number => {
    const t = tokens[i++];
    const v = Number(t);
    if (t === undefined || !Number.isFinite(v)) throw new Error('bad number');
    return v;
  };
  const ARGS: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };
  try {
    while (i < tokens.length) {
      const tok = tokens[i] as string;
      if (/^[a-z]$/i.test(tok)) {
        cmd = tok;
        i++;
      } else if (!cmd) return { closed: false, box: null };
      const lower = cmd.toLowerCase();
      const rel = cmd !== cmd.toUpperCase();
      if (lower === 'z') {
        open = false;
        x = sx;
        y = sy;
        if (i < tokens.length && !/^[a-z]$/i.test(tokens[i] as string)) throw new Error('numbers after Z');
        continue;
      }
      if ((ARGS[lower] ?? 0) === 0) throw new Error('unknown command');
      const ox = rel ? x : 0;
      const oy = rel ? y : 0;
      if (lower === 'm') {
        if (open) closed = false;
        x = ox + num();
        y = oy + num();
        sx = x;
        sy = y;
        open = true;
        add(x, y);
        cmd = rel ? 'l' : 'L';
        continue;
      }
      open = true;
      if (lower === 'h') x = ox + num();
      else if (lower === 'v') y = oy + num();
      else if (lower === 'a') {
        const rx = Math.abs(num());
        const ry = Math.abs(num());
        i += 3;
        const ex = ox + num();
        const ey = oy + num();
        // An arc bulges at most its radii past the chord's middle: a safe box for the size check.
        add((x + ex) / 2 - rx, (y + ey) / 2 - ry);
        add((x + ex) / 2 + rx, (y + ey) / 2 + ry);
        x = ex;
        y = ey;
      } else {
        const pairs = (ARGS[lower] ?? 2) / 2;
        for (let k = 0; k < pairs; k++) {
          const px = ox + num();
          const py = oy + num();
          add(px, py);
          if (k === pairs - 1) {
            x = px;
            y = py;
          }
        }
      }
      add(x, y);
    }
  } catch {
    return { closed: false, box: null };
  }
  if (open) closed = false;
  return { closed, box };
}

const ATTR = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag);
  return m ? (m[1] as string) : null;
};

export function checkSvg(svg: string): SvgProblem[] {
  const problems: SvgProblem[] = [];
  const file = (message: string): void => void problems.push({ field: '', message });
  if (!/<svg\b/i.test(svg)) {
    file('not an SVG (no <svg> element)');
    return problems;
  }
  const vb = parseViewBox(svg);
  if (!vb) problems.push({ field: 'viewBox', message: 'the <svg> needs a viewBox of four numbers with a positive width and height' });
  if (/<script\b/i.test(svg)) file('contains a <script>: sheets must not run code');
  if (/<foreignObject\b/i.test(svg)) file('contains <foreignObject>: only plain drawing elements are allowed');
  if (/<!(DOCTYPE|ENTITY)/i.test(svg)) file('contains a DOCTYPE or ENTITY declaration');
  const ev = /<[^>]*\s(on[a-z]+)\s*=/i.exec(svg);
  if (ev) file(`has an event attribute (${ev[1]}): sheets must not run code`);
  if (/@import/i.test(svg)) file('has an @import: sheets must not load anything');
  for (const m of svg.matchAll(/url\(\s*['"]?([^)'"\s]*)/gi)) if (!(m[1] ?? '').startsWith('#')) file(`refers to an external resource (url(${m[1]})): only url(#…) is allowed`);
  for (const m of svg.matchAll(/\s(?:xlink:)?href\s*=\s*"([^"]*)"/gi)) if (!(m[1] ?? '').startsWith('#')) file(`refers to an external resource (href="${m[1]}"): only #… links are allowed`);

  const group = /<g\b[^>]*\sclass\s*=\s*"areas"[^>]*>([\s\S]*?)<\/g>/i.exec(svg);
  if (!group) {
    file('has no <g class="areas"> holding the fillable areas');
    return problems;
  }
  const scale = vb ? ART_MM / Math.max(vb[2], vb[3]) : 1;
  const ids = new Set<string>();
  let n = 0;
  for (const m of (group[1] ?? '').matchAll(/<([a-zA-Z]+)\b[^>]*>/g)) {
    const tag = m[0];
    n++;
    const id = ATTR(tag, 'id');
    const where = id ? `#${id}` : `areas[${n - 1}]`;
    if (m[1] !== 'path') {
      problems.push({ field: where, message: `fillable areas must be <path> elements, found <${m[1]}>` });
      continue;
    }
    if (!id || !/^[A-Za-z][\w-]*$/.test(id)) {
      problems.push({ field: where, message: 'fillable area has no id (every area needs a unique id to be colored and saved)' });
    } else if (ids.has(id)) problems.push({ field: where, message: `duplicate id "${id}"` });
    else ids.add(id);
    const d = ATTR(tag, 'd');
    if (!d) {
      problems.push({ field: where, message: 'path has no d attribute' });
      continue;
    }
    const info = pathInfo(d);
    if (!info.closed) problems.push({ field: where, message: 'path is open: every subpath of a fillable area must end with Z' });
    else if (info.box) {
      const w = (info.box.x1 - info.box.x0) * scale;
      const hgt = (info.box.y1 - info.box.y0) * scale;
      if (Math.min(w, hgt) < MIN_AREA_MM) problems.push({ field: where, message: `too small to color on paper (${w.toFixed(1)} × ${hgt.toFixed(1)} mm, needs ${MIN_AREA_MM} mm across)` });
    }
  }
  if (n === 0) file('has no fillable areas in <g class="areas">');
  return problems;
}
