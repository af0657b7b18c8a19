import './sync.css';
import { h } from '../app/dom.ts';
import { t } from '../i18n/index.ts';
import type { Screen } from '../app/types.ts';
import { errorText, formatTime } from './format.ts';
import { PairingError, onSyncStatus, pairDevice, refreshStatus, startSync, syncNow, unlock, unpair, type SyncStatus } from './service.ts';
import { normalizeCode } from '../shared/sync/protocol.ts';

function field(id: string, label: string, input: HTMLInputElement, help?: string): HTMLElement {
  input.id = id;
  if (help) input.setAttribute('aria-describedby', `${id}-help`);
  return h('div', { class: 'sync-field' }, h('label', { for: id }, label), input, help ? h('p', { class: 'sync-help', id: `${id}-help` }, help) : null);
}

function pairForm(onStart: () => void, onDone: (message?: string) => void): HTMLElement {
  const code = h('input', { type: 'text', class: 'code', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', required: true, maxlength: 12, placeholder: 'ABCD-EFGH' });
  const pass = h('input', { type: 'password', autocomplete: 'new-password', required: true, minlength: 8 });
  const label = h('input', { type: 'text', autocomplete: 'off', required: true, maxlength: 60, value: t('sync:pair.labelDefault') });
  const msg = h('p', { class: 'sync-msg', role: 'alert' });
  const submit = h('button', { class: 'btn', type: 'submit' }, t('sync:pair.submit'));
  const form = h(
    'form',
    { class: 'sync-form', novalidate: true },
    field('pair-code', t('sync:pair.code'), code, t('sync:pair.codeHelp')),
    field('pair-pass', t('sync:pair.passphrase'), pass, t('sync:pair.passphraseHelp')),
    field('pair-label', t('sync:pair.label'), label),
    h('div', { class: 'sync-actions' }, submit),
    msg,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    msg.className = 'sync-msg bad';
    if (normalizeCode(code.value).length !== 8) {
      msg.textContent = errorText('pairing_code_invalid');
      code.focus();
      return;
    }
    if (pass.value.length < 8) {
      msg.textContent = t('sync:pair.tooShort');
      pass.focus();
      return;
    }
    submit.disabled = true;
    msg.className = 'sync-msg';
    msg.textContent = t('sync:pair.working');
    onStart();
    pairDevice({ code: normalizeCode(code.value), passphrase: pass.value, label: label.value.trim() || t('sync:pair.labelDefault') })
      .then(() => {
        msg.className = 'sync-msg good';
        msg.textContent = t('sync:pair.done');
        onDone();
      })
      .catch((err: unknown) => {
        const text = errorText(err instanceof PairingError ? err.code : 'network');
        msg.className = 'sync-msg bad';
        msg.textContent = text;
        submit.disabled = false;
        // A wrong passphrase after a successful pairing leaves the device paired but locked:
        // the unlock form takes over and keeps the message.
        void refreshStatus().then((s) => onDone(s.phase === 'locked' ? text : undefined));
      });
  });
  return form;
}

function unlockForm(s: SyncStatus, onDone: () => void, message = ''): HTMLElement {
  const pass = h('input', { type: 'password', autocomplete: 'current-password', required: true, minlength: 8 });
  const msg = h('p', { class: 'sync-msg bad', role: 'alert' }, message);
  const form = h(
    'form',
    { class: 'sync-form', novalidate: true },
    h('p', {}, t('sync:pair.unlockLead', { center: s.center?.nameKo ?? '' })),
    field('unlock-pass', t('sync:pair.passphrase'), pass, t('sync:pair.passphraseHelp')),
    h('div', { class: 'sync-actions' }, h('button', { class: 'btn', type: 'submit' }, t('sync:pair.unlock'))),
    msg,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (pass.value.length < 8) {
      msg.textContent = t('sync:pair.tooShort');
      return;
    }
    unlock(pass.value).then(onDone, (err: unknown) => {
      msg.textContent = errorText(err instanceof PairingError ? err.code : 'network');
    });
  });
  return form;
}

function statusLine(s: SyncStatus): { text: string; dot: string } {
  if (s.phase === 'syncing') return { text: t('sync:status.syncing'), dot: 'syncing' };
  if (s.phase === 'update') return { text: t('sync:status.update'), dot: 'update' };
  if (s.phase === 'offline') return { text: s.pending > 0 ? t('sync:status.pending', { count: s.pending }) : t('sync:status.allSent'), dot: 'offline' };
  if (s.phase === 'error') return { text: s.pending > 0 ? t('sync:status.pending', { count: s.pending }) : t('sync:error.title'), dot: 'error' };
  return s.pending > 0 ? { text: t('sync:status.pending', { count: s.pending }), dot: 'pending' } : { text: t('sync:status.allSent'), dot: 'ok' };
}

function statusCard(s: SyncStatus, rerender: () => void): HTMLElement {
  const line = statusLine(s);
  const confirmBox = h('div', { class: 'sync-confirm', hidden: true });
  const problems: HTMLElement[] = [];
  if (s.phase === 'offline') problems.push(h('p', {}, t('sync:status.offline')));
  if (s.lastError && (s.phase === 'error' || s.phase === 'update')) problems.push(h('p', {}, errorText(s.lastError.code)));
  if (!s.persistent) problems.push(h('p', {}, t('sync:status.memoryOnly')));
  if (s.unreadable > 0) problems.push(h('p', {}, t('sync:status.unreadable', { count: s.unreadable })));
  const card = h(
    'section',
    { class: 'sync-card', 'aria-labelledby': 'sync-status-h' },
    h('h2', { id: 'sync-status-h' }, t('sync:status.heading')),
    h('p', { class: 'sync-status-line', role: 'status', id: 'sync-status-line' }, h('span', { class: 'sync-dot', 'data-phase': line.dot, 'aria-hidden': 'true' }), h('span', {}, line.text)),
    problems.length ? h('div', { class: 'sync-card sync-error', role: 'alert' }, ...problems) : null,
    h(
      'dl',
      { class: 'sync-facts' },
      h('dt', {}, t('sync:status.center')),
      h('dd', {}, s.center?.nameKo ?? ''),
      h('dt', {}, t('sync:status.device')),
      h('dd', {}, s.label ?? ''),
      h('dt', {}, t('sync:status.lastSynced')),
      h('dd', { id: 'sync-last' }, formatTime(s.lastSyncedAt)),
      h('dt', {}, t('sync:status.waiting')),
      h('dd', { id: 'sync-pending' }, t('sync:status.records', { count: s.pending })),
    ),
    h(
      'div',
      { class: 'sync-actions' },
      h('button', { class: 'btn', type: 'button', id: 'sync-now', disabled: s.phase === 'syncing', onclick: () => syncNow() }, t('sync:status.syncNow')),
      h('a', { class: 'btn secondary', href: '/sync/center' }, t('sync:status.openCenter')),
      h(
        'button',
        {
          class: 'btn danger',
          type: 'button',
          onclick: () => {
            confirmBox.hidden = false;
            confirmBox.replaceChildren(
              h('p', {}, s.pending > 0 ? t('sync:status.unpairConfirm', { count: s.pending }) : t('sync:status.unpairConfirmNone')),
              h(
                'div',
                { class: 'sync-actions' },
                h('button', { class: 'btn danger', type: 'button', onclick: () => void unpair().then(rerender) }, t('sync:status.unpairYes')),
                h('button', { class: 'btn secondary', type: 'button', onclick: () => (confirmBox.hidden = true) }, t('sync:status.cancel')),
              ),
            );
          },
        },
        t('sync:status.unpair'),
      ),
    ),
    confirmBox,
  );
  return card;
}

/** /sync: pair this device with its center, or see and steer its sync. */
export const syncScreen: Screen = {
  async mount(root) {
    await startSync();
    const body = h('div', { class: 'sync-body' });
    root.replaceChildren(h('section', { class: 'sync-page' }, h('h1', {}, t('sync:title')), body));
    let lastPhase = '';
    let carried = '';
    // While pairing runs, status changes wait: the form itself decides what comes next.
    let pairing = false;
    const render = (s: SyncStatus): void => {
      if (pairing) return;
      // Forms keep what the adult typed: they are rebuilt only when the kind of screen changes.
      const kind = s.phase === 'unpaired' ? 'pair' : s.phase === 'locked' ? 'locked' : 'status';
      if (kind !== 'status' && kind === lastPhase) return;
      lastPhase = kind;
      if (kind === 'pair')
        body.replaceChildren(
          h('p', { class: 'lead' }, t('sync:pair.lead')),
          h(
            'div',
            { class: 'sync-card' },
            pairForm(
              () => (pairing = true),
              (message) => {
                pairing = false;
                carried = message ?? '';
                void refreshStatus().then(render);
              },
            ),
          ),
        );
      else if (kind === 'locked') {
        body.replaceChildren(h('div', { class: 'sync-card' }, unlockForm(s, () => void refreshStatus().then(render), carried)));
        carried = '';
      }
      else {
        const focused = document.activeElement?.id;
        body.replaceChildren(statusCard(s, () => void refreshStatus().then(render)));
        if (focused) document.getElementById(focused)?.focus();
      }
    };
    render(await refreshStatus());
    return onSyncStatus(render);
  },
};
