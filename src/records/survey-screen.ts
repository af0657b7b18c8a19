import { h, svg } from '../app/dom.ts';
import { updatePrefs } from '../app/prefs.ts';
import { currentLanguage, LANGUAGES, LANGUAGE_NAMES, onLanguageChanged, setLanguage, t } from '../i18n/index.ts';
import type { Screen } from '../app/types.ts';
import { SCALES, scoreSurvey, type Instrument, type Item } from '../shared/records/instrument.ts';
import { makeRecord } from '../shared/records/make.ts';
import type { TimePoint } from '../shared/records/schema.ts';
import { listRecords, putRecord } from './store.ts';
import { familiesOf } from './families.ts';
import { addInstrumentFile, allInstruments, InstrumentFileError } from './instruments.ts';
import { backLink, field, input, select, statusLine } from './ui.ts';

/** Five faces from sad to delighted, drawn in the app's line style (no emoji font needed offline). */
function face(v: number): string {
  const mouth = ['M22 46q10-10 20 0', 'M22 44q10-5 20 0', 'M22 42h20', 'M22 40q10 7 20 0', 'M20 38q12 14 24 0'][v - 1];
  const fill = ['#8ED1FC', '#C9E7FB', '#FFF9EF', '#FBD98A', '#F5B942'][v - 1];
  return `<svg viewBox="0 0 64 64" aria-hidden="true"><g stroke="#2B2B3A" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"><circle cx="32" cy="32" r="26" fill="${fill}"/><path d="${mouth}" fill="none"/></g><circle cx="23" cy="26" r="3.5" fill="#2B2B3A"/><circle cx="41" cy="26" r="3.5" fill="#2B2B3A"/></svg>`;
}

interface Run {
  instrument: Instrument;
  timePoint: TimePoint;
  cohortId: string | null;
  familyId: string | null;
  personId: string | null;
  answers: Record<string, number>;
  comment: string;
  step: number;
}

/**
 * Surveys handed to a father on the tablet: the facilitator picks instrument, time point and father,
 * then the father answers one question a screen in his language; the child answers the faces question.
 */
export const surveyScreen: Screen = {
  keepOnLanguageChange: true,
  async mount(root) {
    const instruments = await allInstruments();
    let run: Run | null = null;
    let render: () => void = () => undefined;

    const setup = async (): Promise<void> => {
      const status = statusLine();
      const cohorts = await listRecords('cohort');
      const ins = select('instrument', instruments.map((i) => [i.id, `${i.title[currentLanguage()]}${i.validated ? '' : ` — ${t('records:survey.notValidated')}`}`]));
      const tp = select('timePoint', []);
      const fillTp = (): void => {
        const i = instruments.find((x) => x.id === ins.value);
        tp.replaceChildren(...(i?.timePoints ?? []).map((p) => h('option', { value: p }, t(`records:timePoint.${p}`))));
      };
      fillTp();
      ins.addEventListener('change', fillTp);
      const cohort = select('cohort', [['', t('records:survey.noCohort')], ...cohorts.map((c): [string, string] => [c.id, c.name])], cohorts.at(-1)?.id ?? '');
      const who = select('person', []);
      const fillWho = async (): Promise<void> => {
        const views = cohort.value ? (await familiesOf(cohort.value)).filter((v) => v.family.status === 'enrolled') : [];
        const dads = views.flatMap((v) => v.persons.filter((p) => p.role !== 'child').map((p): [string, string] => [`${v.family.id}|${p.id}`, `${v.family.code} ${p.name}`]));
        who.replaceChildren(...[['', t('records:survey.anonymous')] as [string, string], ...dads].map(([v, l]) => h('option', { value: v }, l)));
      };
      await fillWho();
      cohort.addEventListener('change', () => void fillWho());
      const file = input('instrument-file', { type: 'file', accept: 'application/json,.json' });
      file.addEventListener('change', () => {
        const f = file.files?.[0];
        if (!f) return;
        void f
          .text()
          .then(addInstrumentFile)
          .then(
            (added) => {
              instruments.splice(0, instruments.length, ...instruments.filter((i) => i.id !== added.id), added);
              void setup().then(() => undefined);
            },
            (err: unknown) => (err instanceof InstrumentFileError ? status.bad(t('records:survey.fileBad', { field: err.field || '—', message: err.message })) : status.fail(err)),
          );
      });
      const form = h(
        'form',
        { class: 'rec-form', id: 'survey-setup' },
        field(t('records:survey.instrument'), ins),
        field(t('records:survey.timePoint'), tp),
        field(t('records:survey.cohort'), cohort),
        field(t('records:survey.person'), who, t('records:survey.personHint')),
        h('div', { class: 'rec-wide' }, h('button', { class: 'btn', type: 'submit' }, t('records:survey.handOver'))),
      );
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        const instrument = instruments.find((i) => i.id === ins.value);
        if (!instrument) return;
        const [familyId, personId] = who.value ? who.value.split('|') : [null, null];
        if (instrument.timePoints.some((p) => p !== 'satisfaction') && tp.value !== 'satisfaction' && !personId) {
          status.bad(t('records:survey.needPerson'));
          return;
        }
        run = { instrument, timePoint: tp.value as TimePoint, cohortId: cohort.value || null, familyId: familyId ?? null, personId: personId ?? null, answers: {}, comment: '', step: -1 };
        render();
      });
      root.replaceChildren(
        h(
          'section',
          { class: 'rec' },
          backLink('/records', t('records:home.title')),
          h('h1', {}, t('records:survey.title')),
          h('p', { class: 'rec-lead' }, t('records:survey.lead')),
          status.el,
          h('div', { class: 'rec-card' }, form),
          h('details', { class: 'rec-card' }, h('summary', {}, t('records:survey.addFile')), h('p', { class: 'rec-hint' }, t('records:survey.addFileHint')), field(t('records:survey.file'), file)),
        ),
      );
    };

    const answerButtons = (item: Item, r: Run): HTMLElement => {
      const { min, max } = SCALES[item.scale];
      const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
      const group = h('div', { class: `sv-answers${item.scale === 'days7' ? ' days' : ''}`, role: 'group', 'aria-labelledby': 'sv-q' });
      for (const v of values) {
        const label = item.scale === 'days7' ? t('records:scale.days', { count: v }) : item.scale === 'emoji5' ? t(`records:scale.face.${v}`) : t(`records:scale.agree.${v}`);
        const b = h(
          'button',
          { class: 'sv-answer', type: 'button', 'aria-pressed': String(r.answers[item.id] === v), 'data-value': v, 'aria-label': item.scale === 'emoji5' ? label : null },
          item.scale === 'emoji5' ? svg(face(v)) : h('span', { class: 'sv-num', 'aria-hidden': 'true' }, String(v)),
          item.scale === 'emoji5' ? null : h('span', { class: item.scale === 'days7' ? 'sr-only' : 'sv-label' }, label),
        );
        b.addEventListener('click', () => {
          r.answers[item.id] = v;
          r.step++;
          render();
        });
        group.append(b);
      }
      return group;
    };

    const langRow = (): HTMLElement =>
      h(
        'div',
        { class: 'sv-langs', role: 'group', 'aria-label': t('shell.language') },
        ...LANGUAGES.map((l) =>
          h('button', { class: 'btn secondary', type: 'button', lang: l, 'aria-pressed': String(currentLanguage() === l), onclick: () => void setLanguage(l).then(() => updatePrefs({ language: l })) }, LANGUAGE_NAMES[l]),
        ),
      );

    const save = (r: Run, status: ReturnType<typeof statusLine>): void => {
      const lang = currentLanguage();
      void putRecord(
        'survey',
        makeRecord(
          'survey',
          {
            instrumentId: r.instrument.id,
            instrumentVersion: r.instrument.version,
            timePoint: r.timePoint,
            personId: r.personId,
            familyId: r.familyId,
            cohortId: r.cohortId,
            answers: r.answers,
            total: scoreSurvey(r.instrument, r.answers),
            comment: r.comment.trim(),
            language: lang,
            takenAt: new Date().toISOString(),
          },
          null,
        ),
      ).then(
        () => {
          r.step = Number.POSITIVE_INFINITY;
          render();
        },
        status.fail,
      );
    };

    render = (): void => {
      const r = run;
      if (!r) {
        void setup();
        return;
      }
      const lang = currentLanguage();
      const items = r.instrument.items;
      const total = items.length + (r.instrument.comment ? 1 : 0);
      const status = statusLine();
      const bar = (i: number): HTMLElement[] => [
        h('p', { class: 'sv-progress' }, t('records:survey.progress', { n: Math.min(i + 1, total), total })),
        h('div', { class: 'sv-bar', 'aria-hidden': 'true' }, h('span', { style: `width:${Math.round((Math.min(i, total) / total) * 100)}%` })),
      ];
      const nav = (canNext: boolean): HTMLElement =>
        h(
          'div',
          { class: 'sv-nav' },
          h('button', { class: 'btn secondary', type: 'button', onclick: () => { r.step--; render(); } }, t('records:survey.back')),
          canNext ? h('button', { class: 'btn secondary', type: 'button', onclick: () => { r.step++; render(); } }, t('records:survey.skip')) : null,
        );
      let body: HTMLElement[];
      if (r.step < 0) {
        body = [
          h('h1', {}, r.instrument.title[lang]),
          langRow(),
          h('p', { class: 'sv-q' }, r.instrument.intro[lang]),
          h('button', { class: 'btn', type: 'button', id: 'sv-start', onclick: () => { r.step = 0; render(); } }, t('records:survey.start')),
        ];
      } else if (r.step < items.length) {
        const item = items[r.step] as Item;
        body = [
          ...bar(r.step),
          item.audience === 'child' ? h('p', { class: 'rec-hint' }, t('records:survey.childTurn')) : null,
          h('h1', { class: 'sv-q', id: 'sv-q' }, item.text[lang]),
          answerButtons(item, r),
          nav(true),
        ].filter((x): x is HTMLElement => x !== null);
      } else if (r.step === items.length && r.instrument.comment) {
        const area = h('textarea', { class: 'rec-input', id: 'sv-comment', maxlength: 4000 }) as HTMLTextAreaElement;
        area.value = r.comment;
        area.addEventListener('input', () => (r.comment = area.value));
        body = [
          ...bar(r.step),
          h('h1', { class: 'sv-q' }, h('label', { for: 'sv-comment' }, r.instrument.comment.prompt[lang])),
          area,
          h('p', { class: 'rec-hint' }, t('records:survey.commentPrivate')),
          status.el,
          h('div', { class: 'sv-nav' }, h('button', { class: 'btn secondary', type: 'button', onclick: () => { r.step--; render(); } }, t('records:survey.back')), h('button', { class: 'btn', type: 'button', id: 'sv-submit', onclick: () => save(r, status) }, t('records:survey.submit'))),
        ];
      } else if (Number.isFinite(r.step)) {
        body = [
          ...bar(items.length),
          h('h1', { class: 'sv-q' }, t('records:survey.ready')),
          status.el,
          h('div', { class: 'sv-nav' }, h('button', { class: 'btn secondary', type: 'button', onclick: () => { r.step--; render(); } }, t('records:survey.back')), h('button', { class: 'btn', type: 'button', id: 'sv-submit', onclick: () => save(r, status) }, t('records:survey.submit'))),
        ];
      } else {
        body = [
          h('h1', { class: 'sv-q', id: 'sv-thanks' }, t('records:survey.thanks')),
          h('p', {}, t('records:survey.giveBack')),
          h('button', { class: 'btn', type: 'button', onclick: () => { run = null; render(); } }, t('records:survey.next')),
        ];
      }
      root.replaceChildren(h('section', { class: 'sv' }, ...body));
      (root.querySelector('h1') as HTMLElement | null)?.setAttribute('tabindex', '-1');
      (root.querySelector('h1') as HTMLElement | null)?.focus({ preventScroll: true });
    };

    const off = onLanguageChanged(() => render());
    render();
    return off;
  },
};
