import { h } from '../app/dom.ts';
import { HOLD_MS } from '../app/gate.ts';

/**
 * A button that acts only after being held down (pointer, or Space/Enter held): how an adult confirms
 * clearing or deleting a child's picture, which a child's quick tap never triggers.
 */
export function holdButton(label: string, helpId: string, onHeld: () => void, cls = 'btn secondary hold-btn'): HTMLButtonElement {
  const bar = h('span', { class: 'hold-bar', 'aria-hidden': 'true' });
  const btn = h('button', { type: 'button', class: cls, 'aria-describedby': helpId }, h('span', { class: 'hold-label' }, label), bar);
  let timer = 0;
  const stop = (): void => {
    window.clearTimeout(timer);
    timer = 0;
    btn.classList.remove('holding');
  };
  const start = (): void => {
    if (timer) return;
    btn.classList.add('holding');
    timer = window.setTimeout(() => {
      stop();
      onHeld();
    }, HOLD_MS);
  };
  btn.addEventListener('pointerdown', (e) => {
    btn.setPointerCapture?.(e.pointerId);
    start();
  });
  btn.addEventListener('pointerup', stop);
  btn.addEventListener('pointercancel', stop);
  btn.addEventListener('pointerleave', stop);
  btn.addEventListener('keydown', (e) => {
    if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      if (!e.repeat) start();
    }
  });
  btn.addEventListener('keyup', stop);
  btn.addEventListener('blur', stop);
  btn.addEventListener('contextmenu', (e) => e.preventDefault());
  return btn;
}
