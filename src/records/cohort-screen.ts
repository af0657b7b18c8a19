import { h } from '../app/dom.ts';
import { t } from '../i18n/index.ts';
import type { Screen } from '../app/types.ts';
import { AGE_BANDS, type AgeBand, type CohortRecord } from '../shared/records/schema.ts';
import { makeRecord } from '../shared/records/make.ts';
import { getRecord, listRecords, putRecord } from './store.ts';
import { currentCenter } from './center.ts';
import { CONSENT_VERSION, deleteFamilyData, duplicateGroups, enrollFromWaitlist, familiesOf, findDuplicates, mergeFamilies, registerFamily, type FamilyView } from './families.ts';
import { backLink, field, input, redrawOnChange, safetyBanner, select, statusLine, todayIso } from './ui.ts';

/** Reads a code such as GN-7K3P with gaps, so a facilitator can read it aloud and a screen reader spells it. */
function codeLabel(code: string): string {
  return code.split('').join(' ');
}

function familyLine(v: FamilyView): string {
  const dad = v.persons.find((p) => p.role === 'father')?.name ?? '';
  const partner = v.persons.find((p) => p.role === 'partner')?.name;
  const kids = v.persons.filter((p) => p.role === 'child').map((p) => `${p.nickname} (${t(`age.${p.ageBand ?? '3-5'}`)})`);
  return [dad, partner, kids.join(', ')].filter(Boolean).join(' · ');
}

function registerForm(cohort: CohortRecord, district: string, views: () => FamilyView[], done: (msg: string) => void): HTMLElement {
  const status = statusLine();
  const father = input('father', { required: true, autocomplete: 'off' });
  const partner = input('partner', { autocomplete: 'off' });
  const kids = h('div', { class: 'rec-wide rec-form', id: 'children' });
  const addChild = (): void => {
    const i = kids.children.length + 1;
    const nick = input(`child-${i}`, { autocomplete: 'off', 'data-child': 'nickname', required: i === 1 });
    const band = select(`child-band-${i}`, AGE_BANDS.map((b) => [b, t(`age.${b}`)]), cohort.ageBand);
    band.dataset.child = 'band';
    kids.append(h('div', { class: 'rec-field' }, field(t('records:register.childNickname', { n: i }), nick, i === 1 ? t('records:register.nicknameHint') : undefined), field(t('records:register.childBand', { n: i }), band)));
  };
  addChild();
  const scope = (name: string, checked: boolean): HTMLInputElement => input(name, { type: 'checkbox', checked });
  const sRecords = scope('scope-records', false);
  const sPhotos = scope('scope-photos', false);
  const sResearch = scope('scope-research', false);
  const form = h(
    'form',
    { class: 'rec-form', id: 'register-form' },
    field(t('records:register.father'), father),
    field(t('records:register.partner'), partner, t('records:register.optional')),
    kids,
    h('div', { class: 'rec-wide' }, h('button', { class: 'btn secondary', type: 'button', onclick: addChild }, t('records:register.addChild'))),
    h(
      'fieldset',
      { class: 'rec-wide rec-checks' },
      h('legend', { class: 'rec-legend' }, t('records:register.consent', { version: CONSENT_VERSION })),
      h('label', { class: 'rec-check' }, sRecords, t('records:scope.records')),
      h('label', { class: 'rec-check' }, sPhotos, t('records:scope.photos')),
      h('label', { class: 'rec-check' }, sResearch, t('records:scope.research')),
    ),
    h('p', { class: 'rec-wide rec-hint' }, t('records:register.consentHint')),
    h('div', { class: 'rec-wide' }, h('button', { class: 'btn', type: 'submit' }, t('records:register.submit'))),
    h('div', { class: 'rec-wide' }, status.el),
  );
  let confirmed = false;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!sRecords.checked) {
      status.bad(t('records:register.needConsent'));
      sRecords.focus();
      return;
    }
    const children = [...kids.children].map((c) => ({
      nickname: (c.querySelector('[data-child="nickname"]') as HTMLInputElement).value,
      ageBand: (c.querySelector('[data-child="band"]') as HTMLSelectElement).value as AgeBand,
    }));
    const dups = findDuplicates(views(), father.value, children.map((c) => c.nickname));
    if (dups.length && !confirmed) {
      confirmed = true;
      status.bad(t('records:register.duplicate', { code: dups.map((d) => d.family.code).join(', ') }));
      return;
    }
    confirmed = false;
    registerFamily(cohort, district, { fatherName: father.value, partnerName: partner.value, children, scopes: { records: true, photos: sPhotos.checked, research: sResearch.checked } }).then(
      (fam) => {
        // Ready for the next family straight away: the queue at the door is the minute that matters.
        form.reset();
        while (kids.children.length > 1) kids.lastElementChild?.remove();
        status.clear();
        done(t(fam.status === 'waitlist' ? 'records:register.doneWaitlist' : 'records:register.done', { code: fam.code }));
        father.focus();
      },
      status.fail,
    );
  });
  return form;
}

function sessionForm(cohort: CohortRecord, done: (id: string) => void): HTMLElement {
  const status = statusLine();
  const date = input('date', { type: 'date', required: true, value: todayIso() });
  const guide = input('guide', { autocomplete: 'off' });
  const facilitator = input('facilitator', { autocomplete: 'name' });
  const form = h(
    'form',
    { class: 'rec-form', id: 'session-form' },
    field(t('records:session.date'), date),
    field(t('records:session.guide'), guide, t('records:register.optional')),
    field(t('records:session.facilitator'), facilitator),
    h('div', {}, h('button', { class: 'btn', type: 'submit' }, t('records:session.create'))),
    h('div', { class: 'rec-wide' }, status.el),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    putRecord('session', makeRecord('session', { cohortId: cohort.id, date: date.value, guideId: guide.value.trim() || null, facilitator: facilitator.value.trim(), note: '' }, cohort.centerId)).then((s) => done(s.id), status.fail);
  });
  return form;
}

/** A cohort (반): its sessions, its families (enrolled, waitlist, possible duplicates) and registration. */
export const cohortScreen: Screen = {
  async mount(root, ctx) {
    const id = ctx.params.id ?? '';
    let views: FamilyView[] = [];
    const status = statusLine();
    // A redraw that finishes after the facilitator has moved on must not paint over the next screen.
    let alive = true;
    const [cohort, center] = await Promise.all([getRecord('cohort', id), currentCenter()]);
    if (!cohort || cohort.deletedAt || !center) {
      root.replaceChildren(h('section', { class: 'rec' }, backLink('/records', t('records:home.title')), h('h1', {}, t('records:cohort.missing'))));
      return;
    }
    // The forms are made once and kept across redraws, so a sync or another tab never wipes what a
    // facilitator is typing (nor the "register anyway" confirmation of a possible duplicate).
    const regForm = registerForm(cohort, center.district, () => views, (msg) => void draw().then(() => status.ok(msg)));
    const sessForm = sessionForm(cohort, (sid) => ctx.navigate(`/records/session/${sid}`));
    const draw = async (): Promise<void> => {
      const [program, sessions, attendance] = await Promise.all([getRecord('program', cohort.programId), listRecords('session'), listRecords('attendance')]);
      views = await familiesOf(id);
      const banner = await safetyBanner();
      if (!alive) return;
      const enrolled = views.filter((v) => v.family.status === 'enrolled');
      const waitlist = views.filter((v) => v.family.status === 'waitlist');
      const mine = sessions.filter((s) => s.cohortId === id).sort((a, b) => a.date.localeCompare(b.date));
      const present = (sid: string): number => new Set(attendance.filter((a) => a.sessionId === sid && a.status !== 'absent').map((a) => a.personId)).size;
      const familyRow = (v: FamilyView): HTMLElement =>
        h(
          'li',
          { class: 'rec-row', 'data-family': v.family.code },
          h('span', {}, h('span', { class: 'rec-code', 'aria-label': codeLabel(v.family.code) }, v.family.code), ' ', familyLine(v)),
          h(
            'span',
            { class: 'rec-actions' },
            v.family.status === 'waitlist'
              ? h('button', { class: 'btn secondary', type: 'button', onclick: () => void enrollFromWaitlist(cohort, v.family).then((ok) => (ok ? draw() : status.bad(t('records:cohort.full'))), status.fail) }, t('records:cohort.enroll'))
              : h(
                  'button',
                  {
                    class: 'btn secondary',
                    type: 'button',
                    onclick: () =>
                      void putRecord('activity', makeRecord('activity', { kind: 'mission', refId: 'home-mission', levelId: null, ageBand: cohort.ageBand, seconds: 0, where: 'home', familyId: v.family.id, doneAt: new Date().toISOString() }, cohort.centerId)).then(
                        () => status.ok(t('records:cohort.missionSaved', { code: v.family.code })),
                        status.fail,
                      ),
                  },
                  t('records:cohort.missionDone'),
                ),
            h(
              'button',
              {
                class: 'btn danger',
                type: 'button',
                onclick: () => {
                  if (!window.confirm(t('records:cohort.deleteConfirm', { code: v.family.code }))) return;
                  void deleteFamilyData(v.family.id)
                    .then(draw)
                    .then(() => status.ok(t('records:cohort.deleted', { code: v.family.code })), status.fail);
                },
              },
              t('records:cohort.delete'),
            ),
          ),
        );
      const dupGroups = duplicateGroups(views);
      root.replaceChildren(
        h(
          'section',
          { class: 'rec' },
          backLink('/records', t('records:home.title')),
          h('h1', {}, cohort.name),
          banner,
          h('p', { class: 'rec-lead' }, `${program?.name ?? ''} · ${cohort.term} · ${t(`age.${cohort.ageBand}`)} · ${t('records:cohort.enrolledOf', { n: enrolled.length, capacity: cohort.capacity })}`),
          status.el,
          h(
            'div',
            { class: 'rec-card' },
            h('h2', {}, t('records:session.list')),
            mine.length
              ? h('ul', { class: 'rec-list', id: 'session-list' }, ...mine.map((s, i) => h('li', { class: 'rec-row' }, h('a', { href: `/records/session/${s.id}` }, t('records:session.nth', { n: i + 1, date: s.date })), h('span', { class: 'rec-meta' }, `${s.guideId ?? ''} ${s.facilitator} · ${t('records:session.presentN', { n: present(s.id) })}`))))
              : h('p', {}, t('records:session.none')),
            h('h3', {}, t('records:session.new')),
            sessForm,
          ),
          dupGroups.length
            ? h(
                'div',
                { class: 'rec-card', id: 'duplicates' },
                h('h2', {}, t('records:dup.title')),
                h('p', {}, t('records:dup.lead')),
                h(
                  'ul',
                  { class: 'rec-list' },
                  ...dupGroups.map((g) => {
                    const [keep, ...rest] = [...g].sort((a, b) => (a.family.id < b.family.id ? -1 : 1)) as [FamilyView, ...FamilyView[]];
                    return h(
                      'li',
                      { class: 'rec-row' },
                      h('span', {}, g.map((v) => `${v.family.code} ${familyLine(v)}`).join(' / ')),
                      h('button', { class: 'btn', type: 'button', onclick: () => void (async () => { for (const d of rest) await mergeFamilies(keep, d); })().then(draw).then(() => status.ok(t('records:dup.merged', { code: keep.family.code })), status.fail) }, t('records:dup.merge', { code: keep.family.code })),
                    );
                  }),
                ),
              )
            : null,
          h('div', { class: 'rec-card' }, h('h2', {}, t('records:cohort.families')), enrolled.length ? h('ul', { class: 'rec-list', id: 'family-list' }, ...enrolled.map(familyRow)) : h('p', {}, t('records:cohort.noFamilies'))),
          waitlist.length ? h('div', { class: 'rec-card' }, h('h2', {}, t('records:cohort.waitlist')), h('ul', { class: 'rec-list', id: 'waitlist' }, ...waitlist.map(familyRow))) : null,
          h('div', { class: 'rec-card' }, h('h2', {}, t('records:register.title')), h('p', { class: 'rec-hint' }, t('records:register.lead')), regForm),
        ),
      );
    };
    await draw();
    // Another tab, a sync or a backup may change this cohort while it is open.
    const off = redrawOnChange(root, ['family', 'person', 'session', 'attendance', 'consent'], draw);
    return () => {
      alive = false;
      off();
    };
  },
};
