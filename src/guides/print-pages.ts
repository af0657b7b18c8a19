import { h } from '../app/dom.ts';
import { t } from '../i18n/index.ts';
import './print.css';

/**
 * Puts printable pages on the page as direct children of <body> — the only place Safari honours page
 * breaks — after the app (which holds the toolbar and is hidden in print). Returns the cleanup.
 */
export function mountPrintPages(pages: HTMLElement[]): () => void {
  document.body.classList.add('print-view');
  for (const p of pages) {
    p.classList.add('print-page');
    document.body.append(p);
  }
  return () => {
    for (const p of pages) p.remove();
    document.body.classList.remove('print-view');
  };
}

/** The screen part of a print view: what it is, a print button and the way back. */
export function printToolbar(title: string, back: { href: string; label: string }, note: string): HTMLElement {
  return h(
    'section',
    { class: 'print-toolbar' },
    h('p', {}, h('a', { href: back.href }, '← ', back.label)),
    h('h1', {}, title),
    h('p', { class: 'muted' }, note),
    h('button', { type: 'button', class: 'btn', id: 'print-now', onclick: () => window.print() }, t('guides:print.button')),
  );
}
