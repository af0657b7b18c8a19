import { h } from '../app/dom.ts';
import { t } from '../i18n/index.ts';
import type { Screen } from '../app/types.ts';
import { AGE_BANDS, PROGRAM_AREAS, PROGRAM_DELIVERIES, PROGRAM_KINDS, PROGRAM_METHODS, PROGRAM_UNITS, type CenterRecord } from '../shared/records/schema.ts';
import { DISTRICTS } from '../shared/records/family-code.ts';
import { makeRecord } from '../shared/records/make.ts';
import { listRecords, putRecord } from './store.ts';
import { currentCenter, setUpCenter } from './center.ts';
import { field, input, redrawOnChange, safetyBanner, select, statusLine } from './ui.ts';

const districtOptions = (): Array<[string, string]> => Object.entries(DISTRICTS).map(([k, v]) => [k, `${v} (${k})`]);

function centerForm(center: CenterRecord | null, done: () => void): HTMLElement {
  const status = statusLine();
  const name = input('name', { required: true, value: center?.name ?? '', autocomplete: 'organization' });
  const district = select('district', districtOptions(), center?.district ?? 'GN');
  const threshold = input('threshold', { type: 'number', min: 10, max: 100, step: 1, value: Math.round((center?.completionThreshold ?? 0.8) * 100) });
  const minGroup = input('minGroup', { type: 'number', min: 1, max: 50, step: 1, value: center?.minGroupSize ?? 5 });
  const form = h(
    'form',
    { class: 'rec-form', id: 'center-form' },
    field(t('records:center.name'), name),
    field(t('records:center.district'), district),
    field(t('records:center.threshold'), threshold, t('records:center.thresholdHint')),
    field(t('records:center.minGroup'), minGroup, t('records:center.minGroupHint')),
    h('div', { class: 'rec-wide' }, h('button', { class: 'btn', type: 'submit' }, center ? t('records:save') : t('records:center.start'))),
    h('div', { class: 'rec-wide' }, status.el),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const th = Math.min(100, Math.max(10, Number(threshold.value) || 80)) / 100;
    const mg = Math.min(50, Math.max(1, Math.round(Number(minGroup.value) || 5)));
    const job = center
      ? putRecord('center', { ...center, name: name.value.trim(), district: district.value, completionThreshold: th, minGroupSize: mg })
      : setUpCenter(name.value.trim(), district.value, th).then((c) => putRecord('center', { ...c, minGroupSize: mg }));
    job.then(() => {
      status.ok(t('records:saved'));
      done();
    }, status.fail);
  });
  return form;
}

function programForm(center: CenterRecord, done: () => void): HTMLElement {
  const status = statusLine();
  const opts = (group: string, values: readonly string[]): Array<[string, string]> => values.map((v) => [v, t(`records:${group}.${v}`)]);
  const kind = select('kind', opts('programKind', PROGRAM_KINDS), 'other');
  const name = input('programName', { required: true });
  const year = input('year', { type: 'number', min: 2000, max: 2100, value: new Date().getFullYear() });
  const area = select('area', opts('area', PROGRAM_AREAS));
  const method = select('method', opts('method', PROGRAM_METHODS));
  const unit = select('unit', opts('unit', PROGRAM_UNITS));
  const delivery = select('delivery', opts('delivery', PROGRAM_DELIVERIES));
  const form = h(
    'form',
    { class: 'rec-form' },
    field(t('records:program.kind'), kind),
    field(t('records:program.name'), name),
    field(t('records:program.year'), year),
    field(t('records:program.area'), area),
    field(t('records:program.method'), method),
    field(t('records:program.unit'), unit),
    field(t('records:program.delivery'), delivery),
    h('div', { class: 'rec-wide' }, h('button', { class: 'btn secondary', type: 'submit' }, t('records:program.add')), status.el),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    putRecord(
      'program',
      makeRecord(
        'program',
        { kind: kind.value as never, name: name.value.trim(), year: Number(year.value), area: area.value as never, method: method.value as never, unit: unit.value as never, delivery: delivery.value as never },
        center.id,
      ),
    ).then(done, status.fail);
  });
  return form;
}

async function cohortForm(center: CenterRecord, done: (id: string) => void): Promise<HTMLElement> {
  const status = statusLine();
  const programs = await listRecords('program');
  const program = select('program', programs.map((p) => [p.id, `${p.name} (${p.year})`]));
  const name = input('cohortName', { required: true, placeholder: t('records:cohort.namePlaceholder') });
  const term = input('term', { required: true, value: `${new Date().getFullYear()}-1` });
  const band = select('ageBand', AGE_BANDS.map((b) => [b, t(`age.${b}`)]), '3-5');
  const capacity = input('capacity', { type: 'number', min: 1, max: 500, value: 10 });
  const planned = input('planned', { type: 'number', min: 1, max: 100, value: 6 });
  const form = h(
    'form',
    { class: 'rec-form', id: 'cohort-form' },
    field(t('records:cohort.program'), program),
    field(t('records:cohort.name'), name),
    field(t('records:cohort.term'), term),
    field(t('records:cohort.ageBand'), band),
    field(t('records:cohort.capacity'), capacity),
    field(t('records:cohort.planned'), planned),
    h('div', { class: 'rec-wide' }, h('button', { class: 'btn', type: 'submit' }, t('records:cohort.create')), status.el),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    putRecord(
      'cohort',
      makeRecord('cohort', { programId: program.value, name: name.value.trim(), term: term.value.trim(), ageBand: band.value as never, capacity: Number(capacity.value), plannedSessions: Number(planned.value) }, center.id),
    ).then((c) => done(c.id), status.fail);
  });
  return form;
}

/** Records home: the center, its programs and cohorts, and the ways to surveys, reports and backup. */
export const recordsHome: Screen = {
  async mount(root, ctx) {
    const draw = async (): Promise<void> => {
      const center = await currentCenter();
      const banner = await safetyBanner();
      if (!center) {
        root.replaceChildren(
          h('section', { class: 'rec' }, h('h1', {}, t('records:home.title')), banner, h('p', { class: 'rec-lead' }, t('records:center.intro')), h('div', { class: 'rec-card' }, h('h2', {}, t('records:center.title')), centerForm(null, () => void draw()))),
        );
        return;
      }
      const [programs, cohorts, families] = await Promise.all([listRecords('program'), listRecords('cohort'), listRecords('family')]);
      const programName = new Map(programs.map((p) => [p.id, p.name]));
      const cohortList = h(
        'ul',
        { class: 'rec-list', id: 'cohort-list' },
        ...cohorts.map((c) => {
          const enrolled = families.filter((f) => f.cohortId === c.id && f.status === 'enrolled' && !f.mergedInto).length;
          const waiting = families.filter((f) => f.cohortId === c.id && f.status === 'waitlist').length;
          return h(
            'li',
            { class: 'rec-row' },
            h('a', { href: `/records/cohort/${c.id}` }, c.name),
            h('span', { class: 'rec-meta' }, `${programName.get(c.programId) ?? ''} · ${c.term} · ${t(`age.${c.ageBand}`)} · ${t('records:cohort.enrolledOf', { n: enrolled, capacity: c.capacity })}${waiting ? ` · ${t('records:cohort.waitingN', { n: waiting })}` : ''}`),
          );
        }),
      );
      root.replaceChildren(
        h(
          'section',
          { class: 'rec' },
          h('h1', {}, t('records:home.title')),
          banner,
          h('p', { class: 'rec-lead' }, center.name),
          h(
            'nav',
            { class: 'rec-nav', 'aria-label': t('records:home.tools') },
            h('a', { class: 'btn', href: '/records/survey' }, t('records:survey.title')),
            h('a', { class: 'btn', href: '/records/report' }, t('records:report.title')),
            h('a', { class: 'btn secondary', href: '/records/backup' }, t('records:backup.title')),
          ),
          h('div', { class: 'rec-card' }, h('h2', {}, t('records:cohort.list')), cohorts.length ? cohortList : h('p', {}, t('records:cohort.none'))),
          h('details', { class: 'rec-card', open: cohorts.length === 0 }, h('summary', {}, h('h2', { style: 'display:inline' }, t('records:cohort.new'))), await cohortForm(center, (id) => ctx.navigate(`/records/cohort/${id}`))),
          h(
            'details',
            { class: 'rec-card' },
            h('summary', {}, h('h2', { style: 'display:inline' }, t('records:program.list'))),
            h('ul', { class: 'rec-list' }, ...programs.map((p) => h('li', { class: 'rec-row' }, h('strong', {}, p.name), h('span', { class: 'rec-meta' }, `${t(`records:programKind.${p.kind}`)} · ${p.year} · ${t(`records:area.${p.area}`)} · ${t(`records:method.${p.method}`)} · ${t(`records:unit.${p.unit}`)} · ${t(`records:delivery.${p.delivery}`)}`)))),
            h('h3', {}, t('records:program.add')),
            programForm(center, () => void draw()),
          ),
          h('details', { class: 'rec-card' }, h('summary', {}, h('h2', { style: 'display:inline' }, t('records:center.title'))), centerForm(center, () => void draw())),
        ),
      );
    };
    await draw();
    // A device that has just been paired receives its center, programs and cohorts by sync while
    // this screen is open.
    return redrawOnChange(root, ['center', 'program', 'cohort'], draw);
  },
};
