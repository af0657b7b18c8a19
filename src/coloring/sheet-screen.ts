import { h, svg as svgIcon } from '../app/dom.ts';
import { emit } from '../app/events.ts';
import { prefs } from '../app/prefs.ts';
import type { Screen } from '../app/types.ts';
import { t } from '../i18n/index.ts';
import { holdSeconds } from '../app/hold.ts';
import { getArtwork, latestUnfinished, newArtwork, saveArtwork, type Artwork } from './artworks.ts';
import { FillModel } from './fill-model.ts';
import { holdButton } from './hold-button.ts';
import { BLANK, PALETTE } from './palette.ts';
import { areasOf, applyFills, download, parseSheet, renderPng } from './sheet-svg.ts';
import { findSheet, loadSheetSvg, sheetName } from './sheets.ts';
import './coloring.css';

// Drawn icons: symbol glyphs are missing from many tablet fonts.
const ICON_ATTRS = 'viewBox="0 0 24 24" width="26" height="26" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"';
const ICONS = {
  eraser: `<svg ${ICON_ATTRS}><path d="M4 15l8-8 7 7-6 6H8z"/><path d="M9 20h11"/></svg>`,
  undo: `<svg ${ICON_ATTRS}><path d="M9 7L4 12l5 5"/><path d="M4 12h10a4.5 4.5 0 0 1 0 9h-4"/></svg>`,
  print: `<svg ${ICON_ATTRS}><path d="M7 9V3h10v6"/><rect x="3" y="9" width="18" height="8" rx="2"/><path d="M7 14h10v7H7z"/></svg>`,
  save: `<svg ${ICON_ATTRS}><path d="M12 3v12"/><path d="M7 10l5 5 5-5"/><path d="M4 20h16"/></svg>`,
};
const icon = (k: keyof typeof ICONS): SVGSVGElement => svgIcon(ICONS[k]);

function colorName(hex: string | null): string {
  const sw = PALETTE.find((p) => p.color.toLowerCase() === (hex ?? BLANK).toLowerCase());
  return t(`coloring:color.${sw?.key ?? 'white'}`);
}

/**
 * Tap-to-fill on one sheet. A press colors an area at once (no drag, no double tap); arrow keys move
 * a focus ring between areas and Enter/Space color it. Every change is saved on the device at once;
 * if saving fails (storage full) the picture stays on screen and the next change tries again.
 */
export const sheetScreen: Screen = {
  async mount(root, ctx) {
    const sheet = findSheet(ctx.params.sheetId ?? '');
    const back = h('a', { class: 'game-back color-back', href: '/coloring' }, h('span', { 'aria-hidden': 'true' }, '←'), ' ', t('coloring:sheet.back'));
    if (!sheet) {
      root.replaceChildren(h('section', { class: 'color-missing' }, back, h('h1', {}, t('coloring:sheet.notFound'))));
      return;
    }
    const startedAt = performance.now();
    const [markup, stored] = await Promise.all([
      loadSheetSvg(sheet),
      (async () => {
        const wanted = ctx.query.get('art');
        try {
          const a = wanted ? await getArtwork(wanted) : await latestUnfinished(sheet.id);
          return a && a.sheetId === sheet.id ? a : null;
        } catch {
          return null; // storage unreadable (private mode): start a fresh page
        }
      })(),
    ]);
    let art: Artwork = stored ?? newArtwork(sheet.id);
    const model = new FillModel(art.fills);
    const svg = parseSheet(markup);
    const name = sheetName(sheet);
    svg.setAttribute('class', 'color-svg');
    svg.setAttribute('role', 'group');
    svg.setAttribute('aria-label', t('coloring:sheet.art', { name }));
    const areas = areasOf(svg);
    areas.forEach((p, i) => {
      p.setAttribute('tabindex', i === 0 ? '0' : '-1');
      p.setAttribute('role', 'button');
      p.dataset.n = String(i + 1);
    });
    applyFills(svg, model.snapshot());

    let color: string = PALETTE[0]?.color ?? '#E0533D';
    let erasing = false;
    const status = h('p', { class: 'sr-only', 'aria-live': 'polite', id: 'color-status' });
    const alert = h('p', { class: 'color-alert', role: 'alert', hidden: true });
    const label = (p: SVGPathElement): void => {
      p.setAttribute('aria-label', `${t('coloring:sheet.area', { n: p.dataset.n, total: areas.length })}, ${colorName(model.colorOf(p.dataset.area ?? ''))}`);
    };
    areas.forEach(label);

    let saving: Promise<void> = Promise.resolve();
    const persist = (): Promise<void> => {
      art = { ...art, fills: model.snapshot(), updatedAt: Date.now() };
      const snapshot = art;
      saving = saving.then(async () => {
        const r = await saveArtwork(snapshot);
        alert.hidden = r.ok;
        alert.textContent = r.ok ? '' : t(r.reason === 'full' ? 'coloring:sheet.saveFull' : 'coloring:sheet.saveFailed');
      });
      return saving;
    };

    // Only the new color is on the press's critical path; labels, the announcement and saving wait
    // until the frame showing it has been painted (a slow tablet must still answer within 50 ms).
    const afterPaint = (fn: () => void): void => void requestAnimationFrame(() => setTimeout(fn, 0));
    function fillArea(p: SVGPathElement): void {
      const id = p.dataset.area ?? '';
      if (!model.fill(id, erasing ? null : color)) return;
      p.setAttribute('fill', model.colorOf(id) ?? BLANK);
      undoBtn.disabled = false;
      afterPaint(() => {
        label(p);
        status.textContent = t('coloring:sheet.filled', { color: colorName(model.colorOf(id)) });
        void persist();
      });
    }

    svg.addEventListener('pointerdown', (e) => {
      const p = (e.target as Element | null)?.closest?.('path[data-area]') as SVGPathElement | null;
      if (!p) return;
      e.preventDefault();
      fillArea(p);
      (window as unknown as { __appaLastFill?: number }).__appaLastFill = performance.now();
    });
    svg.addEventListener('keydown', (e) => {
      const cur = (e.target as Element).closest('path[data-area]') as SVGPathElement | null;
      if (!cur) return;
      const i = areas.indexOf(cur);
      let next = -1;
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = (i + 1) % areas.length;
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = (i - 1 + areas.length) % areas.length;
      else if (e.key === 'Home') next = 0;
      else if (e.key === 'End') next = areas.length - 1;
      else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        fillArea(cur);
        return;
      } else return;
      e.preventDefault();
      cur.setAttribute('tabindex', '-1');
      const n = areas[next];
      n?.setAttribute('tabindex', '0');
      n?.focus();
    });

    const swatches = PALETTE.map((sw) =>
      h(
        'button',
        { type: 'button', class: 'swatch', 'aria-pressed': String(sw.color === color), style: `--swatch:${sw.color}`, 'data-color': sw.key, onclick: () => pick(sw.color) },
        h('span', { class: 'swatch-dot', 'aria-hidden': 'true' }),
        h('span', { class: 'swatch-name' }, t(`coloring:color.${sw.key}`)),
      ),
    );
    const eraser = h(
      'button',
      { type: 'button', class: 'tool eraser', 'aria-pressed': 'false', onclick: () => setErasing(!erasing) },
      icon('eraser'),
      t('coloring:sheet.eraser'),
    );
    function pick(c: string): void {
      color = c;
      setErasing(false);
      swatches.forEach((b, i) => b.setAttribute('aria-pressed', String(PALETTE[i]?.color === c)));
    }
    function setErasing(on: boolean): void {
      erasing = on;
      eraser.setAttribute('aria-pressed', String(on));
      svg.classList.toggle('erasing', on);
      if (on) swatches.forEach((b) => b.setAttribute('aria-pressed', 'false'));
      else swatches.forEach((b, i) => b.setAttribute('aria-pressed', String(PALETTE[i]?.color === color)));
    }
    const undoBtn = h(
      'button',
      {
        type: 'button',
        class: 'tool',
        onclick: () => {
          const changed = model.undo();
          if (!changed.length) return;
          applyFills(svg, model.snapshot());
          areas.forEach(label);
          undoBtn.disabled = !model.canUndo();
          void persist();
        },
      },
      icon('undo'),
      t('coloring:sheet.undo'),
    );
    undoBtn.disabled = true;
    const clearBtn = holdButton(
      t('coloring:sheet.clear'),
      'hold-help',
      () => {
        if (!model.clear()) return;
        applyFills(svg, {});
        areas.forEach(label);
        undoBtn.disabled = false;
        status.textContent = t('coloring:sheet.cleared');
        void persist();
      },
      'tool hold-btn',
    );
    const doneBtn = h(
      'button',
      {
        type: 'button',
        class: 'btn done-btn',
        onclick: async () => {
          art = { ...art, finishedAt: Date.now() };
          await persist();
          emit('activity-completed', { kind: 'sheet', sheetId: sheet.id, ageBand: prefs().ageBand, seconds: Math.round((performance.now() - startedAt) / 1000) });
          doneMsg.hidden = false;
          // The next visit to this sheet starts a fresh page; this one is kept in the gallery.
          doneBtn.disabled = true;
        },
      },
      t('coloring:sheet.done'),
    );
    const doneMsg = h('p', { class: 'done-msg', role: 'status', hidden: true }, t('coloring:sheet.doneMsg'), ' ', h('a', { href: '/coloring/gallery' }, t('coloring:gallery.title')));
    const printLink = h(
      'a',
      {
        class: 'tool',
        href: `/coloring/print?sheets=${sheet.id}`,
        onclick: (e: Event) => {
          // An artwork with colors prints in its colors; a blank one as a black-line sheet.
          if (model.size === 0) return;
          e.preventDefault();
          void persist().then(() => ctx.navigate(`/coloring/print?art=${art.id}`));
        },
      },
      icon('print'),
      t('coloring:sheet.print'),
    );
    const pngBtn = h(
      'button',
      {
        type: 'button',
        class: 'tool',
        onclick: async () => download(await renderPng(markup, model.snapshot()), `appa-${sheet.id}.png`),
      },
      icon('save'),
      t('coloring:sheet.png'),
    );

    root.replaceChildren(
      h(
        'section',
        { class: 'color-screen' },
        h('div', { class: 'color-top' }, back, h('h1', { class: 'color-title' }, name), doneBtn),
        h('div', { class: 'color-stage' }, svg),
        h(
          'div',
          { class: 'color-side' },
          h('div', { class: 'palette', role: 'group', 'aria-label': t('coloring:sheet.palette') }, ...swatches),
          h('div', { class: 'tools' }, eraser, undoBtn, clearBtn, printLink, pngBtn),
          h('p', { class: 'hold-help', id: 'hold-help' }, t('coloring:hold.help', { seconds: holdSeconds() })),
          alert,
          doneMsg,
        ),
        status,
      ),
    );
    (window as unknown as { __appaSheetReady?: number }).__appaSheetReady = performance.now();
    const flush = (): void => {
      if (model.size > 0 || stored) void persist();
    };
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  },
};
