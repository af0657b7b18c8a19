import { h, svg } from '../../app/dom.ts';
import type { Localized } from '../../shared/games/schema.ts';
import type { Place, PlanText } from './data.ts';
import type { PlaceId } from './logic.ts';
import mapSvg from '../../../assets/games/seoul-map/map.svg?raw';
import './plan.css';

const icons = import.meta.glob<string>('/assets/games/seoul-map/places/*.svg', { query: '?raw', import: 'default', eager: true });

export function placeIcon(id: PlaceId): string {
  return icons[`/assets/games/seoul-map/places/${id}.svg`] ?? '';
}

export interface PlanInput {
  plan: readonly PlaceId[];
  places: ReadonlyMap<PlaceId, Place>;
  text: PlanText;
  pick: (l: Localized) => string;
}

/** The printable sheet: title, a small map with the numbered stops, each stop's card, the day and the bag. */
export function planSheet({ plan, places, text, pick }: PlanInput): HTMLElement {
  const mini = svg(mapSvg);
  mini.setAttribute('class', 'plan-map');
  mini.setAttribute('aria-hidden', 'true');
  plan.forEach((id, i) => {
    const p = places.get(id);
    if (!p) return;
    const ns = 'http://www.w3.org/2000/svg';
    const g = document.createElementNS(ns, 'g');
    g.setAttribute('transform', `translate(${p.x * 1000} ${p.y * 700})`);
    const c = document.createElementNS(ns, 'circle');
    c.setAttribute('r', '26');
    c.setAttribute('fill', '#F5B942');
    c.setAttribute('stroke', '#2B2B3A');
    c.setAttribute('stroke-width', '7');
    const t = document.createElementNS(ns, 'text');
    t.setAttribute('text-anchor', 'middle');
    t.setAttribute('dy', '11');
    t.setAttribute('font-size', '32');
    t.setAttribute('font-weight', '700');
    t.setAttribute('fill', '#2B2B3A');
    t.textContent = String(i + 1);
    g.append(c, t);
    mini.append(g);
  });
  const stops = plan.map((id, i) => {
    const p = places.get(id) as Place;
    return h(
      'li',
      { class: 'plan-stop' },
      h('span', { class: 'plan-num', 'aria-hidden': 'true' }, String(i + 1)),
      h('span', { class: 'plan-icon', 'aria-hidden': 'true' }, svg(placeIcon(id))),
      h(
        'div',
        { class: 'plan-card' },
        h('h3', {}, h('span', { class: 'sr-only' }, `${pick(text.stop).replace('{{n}}', String(i + 1))}: `), pick(p.name)),
        h('p', {}, h('strong', {}, `${pick(text.see)} · `), pick(p.see)),
        h('p', { class: 'plan-safety' }, h('strong', {}, `${pick(text.safety)} · `), pick(p.safety)),
      ),
    );
  });
  return h(
    'article',
    { class: 'plan-sheet', 'aria-labelledby': 'plan-title' },
    h('header', { class: 'plan-head' }, h('div', {}, h('h2', { id: 'plan-title' }, pick(text.title)), h('p', {}, pick(text.intro))), mini),
    h('ol', { class: 'plan-stops', role: 'list' }, ...stops),
    h(
      'div',
      { class: 'plan-foot' },
      h('div', { class: 'plan-date' }, h('h3', {}, pick(text.date)), h('div', { class: 'plan-line', 'aria-hidden': 'true' })),
      h('div', { class: 'plan-bring' }, h('h3', {}, pick(text.bring)), h('ul', { role: 'list' }, ...text.bringList.map((b) => h('li', {}, h('span', { class: 'plan-box', 'aria-hidden': 'true' }), pick(b))))),
    ),
    h('p', { class: 'plan-credit' }, pick(text.footer)),
  );
}

/**
 * Opens the plan over the play screen as a dialog with Print and Close. It lives beside the screen
 * (not inside the canvas or the frame's strip), so it stays while the frame moves on to the bridge
 * card, and it leaves with the screen when the router replaces it.
 */
export function openPlan(anchor: HTMLElement, input: PlanInput): () => void {
  document.querySelector('.map-plan')?.remove();
  const previous = document.activeElement as HTMLElement | null;
  const close = (): void => {
    observer.disconnect();
    document.removeEventListener('keydown', onKey);
    document.documentElement.classList.remove('map-plan-open');
    dialog.remove();
    if (previous?.isConnected) previous.focus({ preventScroll: true });
  };
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') close();
  };
  const dialog = h(
    'div',
    { class: 'map-plan', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'plan-title' },
    h(
      'div',
      { class: 'map-plan-toolbar' },
      h('button', { type: 'button', class: 'btn', 'data-action': 'plan-print', onclick: () => window.print() }, input.pick(input.text.print)),
      h('button', { type: 'button', class: 'btn secondary', 'data-action': 'plan-close', onclick: close }, input.pick(input.text.close)),
    ),
    planSheet(input),
  );
  document.body.append(dialog);
  document.documentElement.classList.add('map-plan-open');
  document.addEventListener('keydown', onKey);
  // When the router replaces the screen the plan goes with it.
  const observer = new MutationObserver(() => {
    if (!anchor.isConnected) close();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  (dialog.querySelector('button') as HTMLButtonElement).focus({ preventScroll: true });
  return close;
}
