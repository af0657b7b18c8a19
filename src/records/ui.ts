import { h } from '../app/dom.ts';
import { t } from '../i18n/index.ts';
import { errorKey } from './errors.ts';
import { safetyStatus } from './backup.ts';
import { onRecordsChanged, requestPersistence, storeStatus } from './store.ts';
import type { EntityName } from '../shared/records/schema.ts';
import './records.css';

/** A live region every records screen has, so saves and errors are announced and seen. */
export function statusLine(): { el: HTMLElement; ok(msg: string): void; bad(msg: string): void; fail(err: unknown): void; clear(): void } {
  const el = h('p', { class: 'rec-status', role: 'status', 'aria-live': 'polite' });
  return {
    el,
    ok(msg) {
      el.className = 'rec-status ok';
      el.textContent = msg;
    },
    bad(msg) {
      el.className = 'rec-status bad';
      el.textContent = msg;
    },
    fail(err) {
      console.error(err);
      el.className = 'rec-status bad';
      el.textContent = t(errorKey(err));
    },
    clear() {
      el.className = 'rec-status';
      el.textContent = '';
    },
  };
}

export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  control.id = id;
  const hintId = hint ? `${id}-hint` : null;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return h('div', { class: 'rec-field' }, h('label', { for: id }, label), control, hint ? h('p', { class: 'rec-hint', id: hintId }, hint) : null);
}

export function select(name: string, options: Array<[string, string]>, value?: string): HTMLSelectElement {
  const s = h('select', { name, class: 'rec-input' }, ...options.map(([v, l]) => h('option', { value: v }, l)));
  if (value !== undefined) s.value = value;
  return s;
}

export function input(name: string, attrs: Record<string, string | number | boolean> = {}): HTMLInputElement {
  return h('input', { name, class: 'rec-input', ...attrs });
}

export const pct = (v: number | null, digits = 1): string => (v === null ? '–' : `${(v * 100).toFixed(digits)}%`);
export const num = (v: number | null, digits = 2): string => (v === null ? '–' : v.toFixed(digits));

export function todayIso(): string {
  // The facilitator's local calendar day, which is what "today's session" means in class.
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function backLink(href: string, label: string): HTMLElement {
  return h('a', { class: 'rec-back', href }, `← ${label}`);
}

/**
 * Warnings every adult records screen shows at the top: storage that will not last (private mode),
 * data from a newer app version, and changes that have waited a week for a backup or sync.
 */
export async function safetyBanner(): Promise<HTMLElement> {
  const box = h('div', { class: 'rec-banners' });
  const [st, safe] = await Promise.all([storeStatus(), safetyStatus()]);
  if (st.mode === 'memory') box.append(h('p', { class: 'rec-warn', role: 'alert' }, t('records:warn.memory')));
  if (st.newerData) box.append(h('p', { class: 'rec-warn', role: 'alert' }, t('records:warn.newer')));
  if (safe.stale) box.append(h('p', { class: 'rec-warn', role: 'alert' }, t('records:warn.stale', { count: safe.unsaved }), ' ', h('a', { href: '/records/backup' }, t('records:warn.backupNow'))));
  if (st.mode === 'indexeddb') void requestPersistence();
  return box;
}

/** Saves a text file through the browser's download, which works offline and on iPad Safari. */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: fileName, class: 'sr-only' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Redraws a screen when records of the given kinds change elsewhere (another tab, a sync, a restore),
 * a moment later and at most once per burst, and never while a form field on it has the focus: a
 * facilitator's typing is not thrown away. Returns the function that stops listening.
 */
export function redrawOnChange(root: HTMLElement, entities: readonly EntityName[], draw: () => unknown): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const off = onRecordsChanged((e) => {
    if (timer || !entities.includes(e)) return;
    timer = setTimeout(() => {
      timer = null;
      const a = document.activeElement;
      const typing = (a instanceof HTMLInputElement || a instanceof HTMLSelectElement || a instanceof HTMLTextAreaElement) && root.contains(a);
      if (!typing) void draw();
    }, 300);
  });
  return () => {
    off();
    if (timer) clearTimeout(timer);
  };
}
