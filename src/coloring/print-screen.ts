import { h } from '../app/dom.ts';
import { AGE_BANDS, prefs, type AgeBand } from '../app/prefs.ts';
import type { Screen } from '../app/types.ts';
import { currentLanguage, t } from '../i18n/index.ts';
import { getArtwork, type Artwork } from './artworks.ts';
import { isPaper, PAPER, type Paper } from './page-layout.ts';
import { buildSheetPage, type PrintItem } from './print-page.ts';
import { download } from './sheet-svg.ts';
import { SHEETS, findSheet, loadSheetSvg, sheetName, sheetsForAge } from './sheets.ts';
import './coloring.css';

/**
 * Print preview: choose one sheet, several, or all of an age band, and the paper; then print (one
 * sheet per page, `@page` sized to the paper) or save a PDF made on the device. The pages to print
 * are direct children of <body> while this screen is open, so the browser paginates them cleanly.
 */
export const printScreen: Screen = {
  async mount(root, ctx) {
    const lng = currentLanguage();
    const q = ctx.query;
    let paper: Paper = isPaper(q.get('paper')) ? (q.get('paper') as Paper) : lng === 'en' && /US|CA/.test(navigator.language) ? 'letter' : 'a4';
    let band: AgeBand = prefs().ageBand;
    const selected = new Set((q.get('sheets') ?? '').split(',').filter((id) => findSheet(id)));
    let artwork: Artwork | null = null;
    const artId = q.get('art');
    if (artId) {
      try {
        artwork = await getArtwork(artId);
      } catch {
        artwork = null;
      }
    }
    let includeArt = Boolean(artwork && findSheet(artwork.sheetId));

    const pageStyle = h('style', { id: 'coloring-page-size' });
    document.head.append(pageStyle);
    document.body.classList.add('print-sheets');
    const printed: HTMLElement[] = [];

    const count = h('p', { class: 'print-count', 'aria-live': 'polite' });
    const status = h('p', { class: 'print-status', role: 'status' });
    const previews = h('div', { class: 'print-previews' });
    const bandChips = h('div', { class: 'band-chips', role: 'radiogroup', 'aria-label': t('home.ageBand') });
    const checks = h('ul', { class: 'print-list', role: 'list' });
    const allBtn = h('button', { type: 'button', class: 'btn secondary', id: 'print-all-age', onclick: () => { for (const s of sheetsForAge(band)) selected.add(s.id); void refresh(); } });
    const noneBtn = h('button', { type: 'button', class: 'btn secondary', onclick: () => { selected.clear(); includeArt = false; void refresh(); } }, t('coloring:print.none'));
    const paperGroup = h(
      'fieldset',
      { class: 'paper' },
      h('legend', {}, t('coloring:print.paper')),
      ...(['a4', 'letter'] as const).map((p) =>
        h(
          'label',
          { class: 'radio' },
          h('input', { type: 'radio', name: 'paper', value: p, checked: p === paper, onchange: () => { paper = p; void refresh(); } }),
          t(`coloring:print.${p}`),
        ),
      ),
    );

    function items(): Array<Omit<PrintItem, 'markup'> & { load: () => Promise<string> }> {
      const out: Array<Omit<PrintItem, 'markup'> & { load: () => Promise<string> }> = [];
      const artSheet = artwork ? findSheet(artwork.sheetId) : undefined;
      if (includeArt && artwork && artSheet) out.push({ sheet: artSheet, fills: artwork.fills, load: () => loadSheetSvg(artSheet) });
      for (const s of SHEETS) if (selected.has(s.id)) out.push({ sheet: s, load: () => loadSheetSvg(s) });
      return out;
    }

    function drawChoices(): void {
      bandChips.replaceChildren(
        ...AGE_BANDS.map((b) => h('button', { type: 'button', role: 'radio', class: 'chip', 'aria-checked': String(b === band), onclick: () => { band = b; drawChoices(); } }, t(`age.${b}`))),
      );
      allBtn.textContent = t('coloring:print.allOfAge', { band: t(`age.${band}`) });
      const rows: HTMLElement[] = [];
      if (artwork) {
        const s = findSheet(artwork.sheetId);
        if (s)
          rows.push(
            h('li', {}, h('label', { class: 'check' }, h('input', { type: 'checkbox', 'data-art': artwork.id, checked: includeArt, onchange: (e: Event) => { includeArt = (e.target as HTMLInputElement).checked; void refresh(); } }), `${t('coloring:print.artwork')}: ${sheetName(s)}`)),
          );
      }
      for (const s of sheetsForAge(band))
        rows.push(
          h(
            'li',
            {},
            h(
              'label',
              { class: 'check' },
              h('input', {
                type: 'checkbox',
                value: s.id,
                checked: selected.has(s.id),
                onchange: (e: Event) => {
                  if ((e.target as HTMLInputElement).checked) selected.add(s.id);
                  else selected.delete(s.id);
                  void refresh();
                },
              }),
              `${sheetName(s)} · ${t(`coloring:catalog.${s.variant}`)}`,
            ),
          ),
        );
      checks.replaceChildren(...rows);
    }

    let version = 0;
    async function refresh(): Promise<void> {
      const v = ++version;
      drawChoices();
      const list = items();
      count.textContent = t('coloring:print.count', { count: list.length });
      const size = PAPER[paper];
      pageStyle.textContent = `@page { size: ${size.css}; margin: 0; } .sheet { width: ${size.w}mm; height: ${(size.h - 0.6).toFixed(1)}mm; }`;
      const loaded = await Promise.all(list.map(async (i) => ({ sheet: i.sheet, fills: i.fills, markup: await i.load() })));
      if (v !== version) return;
      const pages = loaded.map((i) => buildSheetPage(i, lng));
      for (const p of printed) p.remove();
      printed.length = 0;
      pages.forEach((p, i) => {
        const copy = p.cloneNode(true) as HTMLElement;
        if (i === pages.length - 1) copy.classList.add('sheet-last');
        printed.push(copy);
        document.body.append(copy);
      });
      previews.replaceChildren(...pages.map((p) => h('div', { class: `sheet-preview paper-${paper}` }, p)));
      printBtn.disabled = pdfBtn.disabled = pages.length === 0;
      (window as unknown as { __appaPrintReady?: number }).__appaPrintReady = v;
    }

    const printBtn = h('button', { type: 'button', class: 'btn', id: 'print-now', onclick: () => window.print() }, t('coloring:print.print'));
    const pdfBtn = h(
      'button',
      {
        type: 'button',
        class: 'btn secondary',
        id: 'print-pdf',
        onclick: async () => {
          const list = items();
          if (!list.length) {
            status.textContent = t('coloring:print.chooseFirst');
            return;
          }
          pdfBtn.disabled = true;
          status.textContent = t('coloring:print.pdfMaking');
          try {
            const t0 = performance.now();
            const [{ makePdf }, loaded] = await Promise.all([import('./pdf.ts'), Promise.all(list.map(async (i) => ({ sheet: i.sheet, fills: i.fills, markup: await i.load() })))]);
            const bytes = await makePdf(loaded, paper, lng);
            (window as unknown as { __appaPdfMs?: number }).__appaPdfMs = performance.now() - t0;
            download(new Blob([bytes as BlobPart], { type: 'application/pdf' }), `appa-coloring-${paper}.pdf`);
            status.textContent = t('coloring:print.pdfDone');
          } catch (e) {
            console.error(e);
            status.textContent = t('coloring:print.pdfFailed');
          } finally {
            pdfBtn.disabled = false;
          }
        },
      },
      t('coloring:print.pdf'),
    );

    root.replaceChildren(
      h(
        'section',
        { class: 'coloring-print' },
        h('h1', {}, t('coloring:print.title')),
        h('p', { class: 'lead' }, t('coloring:print.lead')),
        h('div', { class: 'print-controls' }, paperGroup, h('fieldset', { class: 'choose' }, h('legend', {}, t('coloring:print.choose')), bandChips, h('div', { class: 'catalog-actions' }, allBtn, noneBtn), checks)),
        h('div', { class: 'print-actions' }, count, printBtn, pdfBtn, status),
        h('h2', {}, t('coloring:print.preview')),
        previews,
      ),
    );
    await refresh();
    return () => {
      version++;
      for (const p of printed) p.remove();
      pageStyle.remove();
      document.body.classList.remove('print-sheets');
    };
  },
};
