/** How long an adult holds a button to confirm (the parental gate, clearing or deleting a picture). */
export const HOLD_MS = 1500;

/** The hold time as the help texts say it, in the reader's language: 1.5, or 1,5 in Vietnamese. */
export function holdSeconds(): string {
  return new Intl.NumberFormat(document.documentElement.lang || 'ko').format(HOLD_MS / 1000);
}

/**
 * Makes a button act only after it is held down, with a pointer or with Space or Enter. A child's
 * quick tap never triggers it. While it is held the button has the class `holding`, and its
 * progress bar fills by CSS over `--hold-ms` (a transition, so reduced-motion CSS may still it). Letting
 * go, moving off it, losing focus or a cancelled pointer stop the hold.
 */
export function onHold(btn: HTMLButtonElement, onHeld: () => void): void {
  let timer = 0;
  btn.style.setProperty('--hold-ms', `${HOLD_MS}ms`);
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
  for (const ev of ['pointerup', 'pointercancel', 'pointerleave', 'keyup', 'blur']) btn.addEventListener(ev, stop);
  btn.addEventListener('keydown', (e) => {
    if (e.key !== ' ' && e.key !== 'Enter') return;
    e.preventDefault();
    if (!e.repeat) start();
  });
  btn.addEventListener('contextmenu', (e) => e.preventDefault());
}
