import type { Fills } from './fill-model.ts';
import { BLANK } from './palette.ts';

/**
 * Turns a sheet's SVG text into DOM. Area ids become `data-area`, so several sheets can sit on one
 * page (print preview, gallery) without clashing ids; the id stays the key of the saved colors.
 */
export function parseSheet(markup: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg' || doc.querySelector('parsererror')) throw new Error('sheet is not a valid SVG');
  const svg = document.importNode(root, true) as unknown as SVGSVGElement;
  for (const p of svg.querySelectorAll('g.areas > path[id]')) {
    p.setAttribute('data-area', p.id);
    p.removeAttribute('id');
  }
  return svg;
}

export function areasOf(svg: SVGSVGElement): SVGPathElement[] {
  return [...svg.querySelectorAll<SVGPathElement>('g.areas > path[data-area]')];
}

export function applyFills(svg: SVGSVGElement, fills: Fills): void {
  for (const p of areasOf(svg)) p.setAttribute('fill', fills[p.dataset.area ?? ''] ?? BLANK);
}

/** Sheet text with the colors written in: for thumbnails, PNG export and print of an artwork. */
export function markupWithFills(markup: string, fills: Fills, ink?: string): string {
  let out = markup.replace(/<path id="([^"]+)"/g, (_m, id: string) => `<path id="${id}" fill="${fills[id] ?? BLANK}"`);
  if (ink) out = out.replace(/stroke="#[0-9A-Fa-f]{6}"/g, `stroke="${ink}"`);
  return out;
}

/** Draws a sheet with its colors onto a square PNG (white paper behind), e.g. to keep or share. */
export async function renderPng(markup: string, fills: Fills, size = 1600): Promise<Blob> {
  const sized = markupWithFills(markup, fills).replace('<svg ', `<svg width="${size}" height="${size}" `);
  const url = URL.createObjectURL(new Blob([sized], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas');
    ctx.fillStyle = '#FFFFFF';
    ctx.fillRect(0, 0, size, size);
    ctx.drawImage(img, 0, 0, size, size);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Starts a download of a blob under a file name (PNG, PDF); works offline, nothing leaves the device. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
