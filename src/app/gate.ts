import { h } from './dom.ts';
import { t } from '../i18n/index.ts';
import { holdSeconds, onHold } from './hold.ts';

const KEY = 'appa.gate.until';
const UNLOCK_MS = 15 * 60 * 1000;

export function gateOpen(now = Date.now()): boolean {
  try {
    return Number(sessionStorage.getItem(KEY) ?? 0) > now;
  } catch {
    return false;
  }
}

export function openGate(now = Date.now()): void {
  try {
    sessionStorage.setItem(KEY, String(now + UNLOCK_MS));
  } catch {
    /* the gate simply asks again next time */
  }
}

export function closeGate(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    /* nothing to close */
  }
}

/** A sum small children cannot read yet but any adult answers at once; the choices are shuffled. */
export function makeSum(rand: () => number = Math.random): { a: number; b: number; choices: number[] } {
  const a = 4 + Math.floor(rand() * 6);
  const b = 3 + Math.floor(rand() * 6);
  const answer = a + b;
  const set = new Set<number>([answer]);
  while (set.size < 4) {
    const d = answer + Math.floor(rand() * 9) - 4;
    if (d > 0) set.add(d);
  }
  const choices = [...set].sort(() => rand() - 0.5);
  return { a, b, choices };
}

/**
 * The parental gate: press and hold, then a sum. Resolves when an adult passes it;
 * `onCancel` goes home. Holding with the keyboard (Space/Enter) counts the same.
 */
export function renderGate(root: HTMLElement, onPass: () => void, onCancel: () => void): () => void {
  const bar = h('span', { class: 'gate-bar' });
  const holdBtn = h(
    'button',
    { class: 'gate-hold', type: 'button', 'aria-describedby': 'gate-help' },
    h('span', { class: 'gate-hold-label' }, t('gate.hold')),
    bar,
  );
  const help = h('p', { id: 'gate-help', class: 'gate-help' }, t('gate.holdHelp', { seconds: holdSeconds() }));
  const stage = h('div', { class: 'gate-stage' }, holdBtn, help);

  onHold(holdBtn, showSum);

  function showSum(): void {
    const { a, b, choices } = makeSum();
    const msg = h('p', { class: 'gate-msg', role: 'status' });
    const buttons = choices.map((n) =>
      h(
        'button',
        {
          class: 'gate-choice',
          type: 'button',
          onclick: () => {
            if (n === a + b) {
              openGate();
              onPass();
            } else {
              msg.textContent = t('gate.wrong');
              cleanupAndRestart();
            }
          },
        },
        String(n),
      ),
    );
    stage.replaceChildren(
      h('p', { class: 'gate-question', id: 'gate-q' }, t('gate.sum', { a, b })),
      h('div', { class: 'gate-choices', role: 'group', 'aria-labelledby': 'gate-q' }, ...buttons),
      msg,
    );
    buttons[0]?.focus();
  }
  function cleanupAndRestart(): void {
    window.setTimeout(() => stage.replaceChildren(holdBtn, help), 1200);
  }

  root.replaceChildren(
    h(
      'section',
      { class: 'gate', 'aria-labelledby': 'gate-title' },
      h('h1', { id: 'gate-title' }, t('gate.title')),
      h('p', { class: 'gate-lead' }, t('gate.lead')),
      stage,
      h('button', { class: 'btn secondary', type: 'button', onclick: onCancel }, t('gate.cancel')),
    ),
  );
  holdBtn.focus();
  return stop;
}
