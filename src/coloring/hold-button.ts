import { h } from '../app/dom.ts';
import { onHold } from '../app/hold.ts';

/**
 * A button that acts only after being held down (pointer, or Space/Enter held): how an adult confirms
 * clearing or deleting a child's picture, which a child's quick tap never triggers.
 */
export function holdButton(label: string, helpId: string, onHeld: () => void, cls = 'btn secondary hold-btn'): HTMLButtonElement {
  const bar = h('span', { class: 'hold-bar', 'aria-hidden': 'true' });
  const btn = h('button', { type: 'button', class: cls, 'aria-describedby': helpId }, h('span', { class: 'hold-label' }, label), bar);
  onHold(btn, onHeld);
  return btn;
}
