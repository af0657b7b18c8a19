import { h } from '../app/dom.ts';
import { t } from '../i18n/index.ts';
import type { Screen } from '../app/types.ts';
import type { Guide, GuideAgeBand } from '../shared/guides/schema.ts';
import { variantsFor } from './step-variants.ts';
import { linkViews, loadGuide, tr, type LinkView } from './catalog.ts';
import { bandLabel, kindLabel, minutesLabel, sessionLabel } from './labels.ts';
import { linkList } from './link-list.ts';
import { missingGuide } from './missing.ts';
import { actionForKey, move, stepFromQuery, type NavAction, type StepNav } from './step-nav.ts';
import { createTimer, extend, formatClock, isRunning, pause, remaining, resume, type StepTimer } from './step-timer.ts';
import { classBand, clearTimers, enterClassSound, leaveClassSound, readTimers, rememberClassReturn, writeTimers } from './class-session.ts';
import './guides.css';

/** Keys typed into a control are that control's, except the clicker keys which always move. */
function ownedByControl(e: KeyboardEvent): boolean {
  const el = e.target;
  if (!(el instanceof Element)) return false;
  if (el.closest('input, select, textarea')) return true;
  return (e.key === ' ' || e.key === 'Enter') && Boolean(el.closest('button, a'));
}

function slide(g: Guide, i: number, links: LinkView[], band: GuideAgeBand | null): HTMLElement {
  const s = g.steps[i];
  if (!s) return h('div');
  const variants = variantsFor(g, s, band);
  const list = (cls: string, title: string, items: string[]): HTMLElement | null =>
    items.length ? h('section', { class: cls }, h('h2', {}, title), h('ul', {}, ...items.map((x) => h('li', {}, x)))) : null;
  return h(
    'div',
    { class: `pres-slide kind-${s.kind}` },
    h('p', { class: 'pres-kicker' }, t('guides:present.stepOf', { n: i + 1, total: g.steps.length }), ' · ', kindLabel(s.kind), ' · ', minutesLabel(s.minutes)),
    h('h1', { class: 'pres-title', id: 'pres-title', tabindex: '-1' }, tr(s.title)),
    h('p', { class: 'pres-summary' }, tr(s.summary)),
    h(
      'div',
      { class: 'pres-cols' },
      list('pres-points', t('guides:present.points'), s.talkingPoints.map((x) => tr(x))),
      list('pres-questions', t('guides:present.questions'), s.questions.map((x) => tr(x))),
    ),
    variants.length
      ? h('section', { class: 'pres-variants' }, h('h2', {}, t('guides:present.variants')), h('ul', {}, ...variants.map((v) => h('li', {}, h('strong', {}, bandLabel(v.band)), ' ', tr(v.text)))))
      : null,
    links.length ? h('section', { class: 'pres-launch' }, h('h2', {}, t('guides:present.launch')), linkList(links, g.id, i + 1, true)) : null,
  );
}

export const presenterScreen: Screen = {
  async mount(root, ctx) {
    const g = await loadGuide(ctx.params.guideId ?? '');
    if (!g) return missingGuide(root);
    enterClassSound();
    const band = classBand(g.id);
    const stepLinks = await Promise.all(g.steps.map((s) => linkViews(s.links)));
    let nav: StepNav = { index: stepFromQuery(ctx.query.get('step'), g.steps.length), count: g.steps.length };
    const timers = readTimers(g.id);
    // Steps the facilitator paused on purpose stay paused when revisited.
    const heldByUser = new Set<number>();

    const stage = h('div', { class: 'pres-stage' });
    const clock = h('span', { class: 'pres-clock', id: 'pres-clock' });
    const bar = h('span', { class: 'pres-progress-bar' });
    const pauseBtn = h('button', { type: 'button', class: 'pres-btn', id: 'pres-pause' });
    const extendBtn = h('button', { type: 'button', class: 'pres-btn', id: 'pres-extend' }, t('guides:present.extend'));
    const prevBtn = h('button', { type: 'button', class: 'pres-btn pres-prev', id: 'pres-prev' }, '← ', t('guides:present.prev'));
    const nextBtn = h('button', { type: 'button', class: 'pres-btn pres-next', id: 'pres-next' }, t('guides:present.next'), ' →');
    const dots = h('ol', { class: 'pres-dots', 'aria-label': t('guides:present.steps') });
    const fsBtn = document.fullscreenEnabled ? h('button', { type: 'button', class: 'pres-btn', id: 'pres-fullscreen' }, t('guides:present.fullscreen')) : null;

    const now = (): number => Date.now();
    const timer = (): StepTimer => {
      let tm = timers[nav.index];
      if (!tm) {
        tm = createTimer(g.steps[nav.index]?.minutes ?? 1, now());
        timers[nav.index] = tm;
      }
      return tm;
    };
    const save = (): void => writeTimers(g.id, timers);

    const tick = (): void => {
      const tm = timer();
      const left = remaining(tm, now());
      clock.textContent = formatClock(left);
      clock.classList.toggle('over', left < 0);
      clock.setAttribute('aria-label', left < 0 ? t('guides:present.over', { time: formatClock(left).slice(1) }) : t('guides:present.left', { time: formatClock(left) }));
      bar.style.transform = `scaleX(${Math.min(1, Math.max(0, 1 - left / tm.budgetMs))})`;
      const running = isRunning(tm);
      pauseBtn.textContent = running ? t('guides:present.pause') : t('guides:present.resume');
      pauseBtn.setAttribute('aria-pressed', String(!running));
    };

    const show = (focus: boolean): void => {
      stage.replaceChildren(slide(g, nav.index, stepLinks[nav.index] ?? [], band));
      const tm = timer();
      if (!heldByUser.has(nav.index)) timers[nav.index] = resume(tm, now());
      save();
      prevBtn.disabled = nav.index === 0;
      nextBtn.disabled = nav.index === nav.count - 1;
      dots.replaceChildren(
        ...g.steps.map((s, i) =>
          h(
            'li',
            {},
            h('button', { type: 'button', class: `pres-dot${i === nav.index ? ' current' : ''}${i < nav.index ? ' done' : ''}`, 'aria-current': i === nav.index ? 'step' : null, 'aria-label': `${i + 1}. ${tr(s.title)}`, onclick: () => go(i) }, String(i + 1)),
          ),
        ),
      );
      // The URL carries the step, so "back" from a game or a reload lands on the same slide.
      history.replaceState(null, '', `/class/${g.id}/present?step=${nav.index + 1}`);
      rememberClassReturn(g.id, nav.index + 1);
      tick();
      if (focus) (stage.querySelector('#pres-title') as HTMLElement | null)?.focus({ preventScroll: true });
    };

    const go = (index: number): void => {
      if (index === nav.index) return;
      timers[nav.index] = pause(timer(), now());
      nav = { ...nav, index };
      show(true);
    };
    const act = (a: NavAction): void => go(move(nav, a).index);

    pauseBtn.addEventListener('click', () => {
      const tm = timer();
      if (isRunning(tm)) {
        timers[nav.index] = pause(tm, now());
        heldByUser.add(nav.index);
      } else {
        timers[nav.index] = resume(tm, now());
        heldByUser.delete(nav.index);
      }
      save();
      tick();
    });
    extendBtn.addEventListener('click', () => {
      timers[nav.index] = extend(timer());
      save();
      tick();
    });
    prevBtn.addEventListener('click', () => act('prev'));
    nextBtn.addEventListener('click', () => act('next'));
    fsBtn?.addEventListener('click', () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
    });

    const onKey = (e: KeyboardEvent): void => {
      if (e.altKey || e.ctrlKey || e.metaKey || ownedByControl(e)) return;
      const a = actionForKey(e.key, e.shiftKey);
      if (a) {
        e.preventDefault();
        act(a);
      } else if (e.key === 'p' || e.key === 'P') pauseBtn.click();
      else if (e.key === '+') extendBtn.click();
      else if (e.key === 'f' || e.key === 'F') fsBtn?.click();
    };
    document.addEventListener('keydown', onKey);
    const interval = window.setInterval(tick, 250);

    const exit = h('a', {
      class: 'pres-btn pres-exit',
      href: `/class/${g.id}`,
      onclick: () => {
        leaveClassSound();
        clearTimers(g.id);
        if (document.fullscreenElement) void document.exitFullscreen();
      },
    }, '✕ ', t('guides:present.exit'));
    const attendance = h('a', { class: 'pres-btn', href: `/records/attendance?guide=${encodeURIComponent(g.id)}`, onclick: () => rememberClassReturn(g.id, nav.index + 1) }, t('guides:attendance'));

    root.replaceChildren(
      h(
        'section',
        { class: 'presenter', 'aria-label': t('guides:present.title') },
        h(
          'div',
          { class: 'pres-top' },
          exit,
          h('p', { class: 'pres-guide' }, sessionLabel(g), ' · ', tr(g.title), band ? ` · ${bandLabel(band)}` : ''),
          h('div', { class: 'pres-timer', role: 'group', 'aria-label': t('guides:present.timer') }, h('span', { class: 'pres-progress', 'aria-hidden': 'true' }, bar), clock, pauseBtn, extendBtn),
          attendance,
          fsBtn,
        ),
        stage,
        h('div', { class: 'pres-nav', role: 'group', 'aria-label': t('guides:present.steps') }, prevBtn, dots, nextBtn),
        h('p', { class: 'pres-keys' }, t('guides:present.keys')),
      ),
    );
    show(false);
    return () => {
      document.removeEventListener('keydown', onKey);
      window.clearInterval(interval);
      if (timers[nav.index]) {
        // Leaving for a game keeps the clock running (the class is still in this step).
        save();
      }
    };
  },
};
