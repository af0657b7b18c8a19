import { h } from '../app/dom.ts';
import { t } from '../i18n/index.ts';
import type { Screen } from '../app/types.ts';
import { BackupError, exportBackup, importBackup, isEncrypted, safetyStatus } from './backup.ts';
import { wipeAll } from './store.ts';
import { backLink, download, field, input, safetyBanner, statusLine } from './ui.ts';

const when = (iso: string | null): string => (iso ? new Date(iso).toLocaleString() : '–');

/** Backup to one file (optionally encrypted), restore with checks, and erasing a device handed back. */
export const backupScreen: Screen = {
  async mount(root) {
    const status = statusLine();
    const facts = h('dl', { class: 'rec-form', id: 'backup-facts' });
    const drawFacts = async (): Promise<void> => {
      const s = await safetyStatus();
      facts.replaceChildren(
        h('div', {}, h('dt', { class: 'rec-legend' }, t('records:backup.last')), h('dd', {}, when(s.lastBackupAt))),
        h('div', {}, h('dt', { class: 'rec-legend' }, t('records:backup.lastSync')), h('dd', {}, when(s.lastSyncAt))),
        h('div', {}, h('dt', { class: 'rec-legend' }, t('records:backup.unsaved')), h('dd', { id: 'unsaved' }, String(s.unsaved))),
      );
    };
    await drawFacts();

    const pass1 = input('pass1', { type: 'password', autocomplete: 'new-password' });
    const pass2 = input('pass2', { type: 'password', autocomplete: 'new-password' });
    const exportForm = h(
      'form',
      { class: 'rec-form', id: 'export-form' },
      field(t('records:backup.passphrase'), pass1, t('records:backup.passphraseHint')),
      field(t('records:backup.passphraseAgain'), pass2),
      h('div', { class: 'rec-wide' }, h('button', { class: 'btn', type: 'submit', id: 'export-btn' }, t('records:backup.export'))),
    );
    exportForm.addEventListener('submit', (e) => {
      e.preventDefault();
      if (pass1.value !== pass2.value) {
        status.bad(t('records:backup.mismatch'));
        return;
      }
      void exportBackup(pass1.value).then(async ({ text, count, fileName }) => {
        download(fileName, text, 'application/json');
        status.ok(t('records:backup.exported', { count }));
        await drawFacts();
      }, status.fail);
    });

    const file = input('backup-file', { type: 'file', accept: 'application/json,.json' });
    const pass = input('backup-pass', { type: 'password', autocomplete: 'current-password' });
    const importForm = h(
      'form',
      { class: 'rec-form', id: 'import-form' },
      field(t('records:backup.file'), file),
      field(t('records:backup.passphrase'), pass, t('records:backup.importPassHint')),
      h('div', { class: 'rec-wide' }, h('button', { class: 'btn', type: 'submit', id: 'import-btn' }, t('records:backup.import'))),
    );
    importForm.addEventListener('submit', (e) => {
      e.preventDefault();
      const f = file.files?.[0];
      if (!f) {
        status.bad(t('records:backup.pickFile'));
        return;
      }
      void f.text().then(async (text) => {
        if (isEncrypted(text) && !pass.value) {
          status.bad(t('records:backup.errors.needs-passphrase'));
          pass.focus();
          return;
        }
        try {
          const r = await importBackup(text, pass.value);
          status.ok(t('records:backup.imported', { written: r.written, total: r.total }));
          await drawFacts();
        } catch (err) {
          if (err instanceof BackupError) status.bad(`${t(err.i18nKey)}${err.detail ? ` (${err.detail})` : ''}`);
          else status.fail(err);
        }
      }, status.fail);
    });

    root.replaceChildren(
      h(
        'section',
        { class: 'rec' },
        backLink('/records', t('records:home.title')),
        h('h1', {}, t('records:backup.title')),
        await safetyBanner(),
        h('p', { class: 'rec-lead' }, t('records:backup.lead')),
        status.el,
        h('div', { class: 'rec-card' }, facts),
        h('div', { class: 'rec-card' }, h('h2', {}, t('records:backup.exportTitle')), exportForm),
        h('div', { class: 'rec-card' }, h('h2', {}, t('records:backup.importTitle')), h('p', { class: 'rec-hint' }, t('records:backup.importLead')), importForm),
        h(
          'div',
          { class: 'rec-card' },
          h('h2', {}, t('records:backup.wipeTitle')),
          h('p', {}, t('records:backup.wipeLead')),
          h(
            'button',
            {
              class: 'btn danger',
              type: 'button',
              id: 'wipe-btn',
              onclick: () => {
                if (!window.confirm(t('records:backup.wipeConfirm'))) return;
                void wipeAll().then(async () => {
                  status.ok(t('records:backup.wiped'));
                  await drawFacts();
                }, status.fail);
              },
            },
            t('records:backup.wipe'),
          ),
        ),
      ),
    );
  },
};
