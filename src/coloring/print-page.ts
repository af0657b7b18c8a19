import { h } from '../app/dom.ts';
import type { Language } from '../i18n/index.ts';
import i18next from 'i18next';
import type { Sheet } from '../shared/coloring/manifest.ts';
import type { Fills } from './fill-model.ts';
import { BOX, FAMILY_FRAME, bands, fitFontSize } from './page-layout.ts';
import { applyFills, parseSheet } from './sheet-svg.ts';

/** What goes on one printed page: a sheet, its SVG text, and the child's colors when it is an artwork. */
export interface PrintItem {
  sheet: Sheet;
  markup: string;
  fills?: Fills;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A label in the chosen print language (which may differ from the app's while the adult previews). */
export function printLabel(key: string, lng: Language): string {
  return i18next.getFixedT(lng, 'coloring')(key);
}

/** The dotted letters of the place name, for 5–7-year-olds to trace with a pencil. */
function traceBand(name: string, heightMm: number): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${BOX.w} ${heightMm}`);
  svg.setAttribute('class', 'sheet-trace');
  svg.setAttribute('aria-hidden', 'true');
  const size = fitFontSize(name, BOX.w - 8, heightMm * 0.72);
  const text = document.createElementNS(SVG_NS, 'text');
  text.setAttribute('x', String(BOX.w / 2));
  text.setAttribute('y', String(heightMm / 2 + size * 0.36));
  text.setAttribute('text-anchor', 'middle');
  text.setAttribute('font-size', String(size));
  text.textContent = name;
  svg.append(text);
  return svg;
}

/**
 * One `.sheet` page. Blank sheets print in black lines only; an artwork prints in its colors.
 * Names and prompts come from the sheet's own translations in `lng`.
 */
export function buildSheetPage(item: PrintItem, lng: Language): HTMLElement {
  const { sheet } = item;
  const b = bands(sheet.variant);
  const name = sheet.name[lng];
  const art = parseSheet(item.markup);
  art.setAttribute('class', 'sheet-art');
  art.setAttribute('aria-hidden', 'true');
  if (item.fills) applyFills(art, item.fills);
  else for (const g of art.querySelectorAll('g')) g.setAttribute('stroke', '#000000');
  const tags = sheet.nuri.map((n) => printLabel(`nuri.${n}`, lng)).join(' · ');
  const box = h(
    'div',
    { class: 'sheet-box', lang: lng },
    h('div', { class: `sheet-head ${sheet.variant}`, style: `height:${b.header}mm` }, h('p', { class: 'sheet-name', style: `font-size:${fitFontSize(name, BOX.w - 10, sheet.variant === 'simple' ? 13 : 8).toFixed(2)}mm` }, name)),
    b.trace ? h('div', { class: 'sheet-trace-band', style: `height:${b.trace}mm` }, traceBand(name, b.trace)) : null,
    h('div', { class: 'sheet-art-box' }, art),
    h(
      'div',
      { class: 'sheet-foot', style: `height:${b.footer}mm` },
      h(
        'div',
        { class: 'sheet-dad' },
        h('p', { class: 'sheet-dad-title' }, printLabel('print.dadTitle', lng)),
        h('p', { class: 'sheet-dad-prompt' }, sheet.prompt[lng]),
        h('p', { class: 'sheet-tags' }, `${printLabel('print.nuri', lng)}: ${tags}`),
      ),
      h(
        'div',
        { class: 'sheet-family', style: `width:${FAMILY_FRAME}mm` },
        h('p', { class: 'sheet-family-title' }, printLabel('print.family', lng)),
        h('p', { class: 'sheet-family-hint' }, printLabel('print.familyHint', lng)),
      ),
    ),
  );
  return h('div', { class: 'sheet', 'data-sheet': sheet.id }, box);
}
