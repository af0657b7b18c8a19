/** Where the presenter is in a guide's steps. Pure, so keyboard handling is testable without a DOM. */
export interface StepNav {
  index: number;
  count: number;
}

export type NavAction = 'next' | 'prev' | 'first' | 'last';

/**
 * Keys a facilitator (or a presentation clicker, which sends PageUp/PageDown) uses to move.
 * Space advances like a slide deck; Shift+Space goes back.
 */
export function actionForKey(key: string, shift = false): NavAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      return shift ? 'prev' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** Clamps at both ends: a clicker pressed once too often stays on the last step. */
export function move(nav: StepNav, action: NavAction): StepNav {
  const last = Math.max(0, nav.count - 1);
  const to = action === 'next' ? nav.index + 1 : action === 'prev' ? nav.index - 1 : action === 'first' ? 0 : last;
  return { ...nav, index: Math.min(last, Math.max(0, to)) };
}

/** Reads `?step=3` (1-based, as shown on screen) into an index, tolerating junk. */
export function stepFromQuery(value: string | null, count: number): number {
  const n = Number.parseInt(value ?? '', 10);
  if (!Number.isFinite(n)) return 0;
  return Math.min(Math.max(0, count - 1), Math.max(0, n - 1));
}
