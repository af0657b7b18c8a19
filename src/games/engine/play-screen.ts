import { h, svg } from '../../app/dom.ts';
import { emit } from '../../app/events.ts';
import { prefs, onPrefsChanged } from '../../app/prefs.ts';
import type { Screen } from '../../app/types.ts';
import { currentLanguage, t } from '../../i18n/index.ts';
import type { Level, Localized, PlayBand } from '../../shared/games/schema.ts';
import { loadDescriptor, loadLevel, loadModule } from './catalog.ts';
import type { CoplayApi, DadButton, Prompt, SceneInit, SceneView } from './contract.ts';
import { CoplaySession, type SessionEvent } from './coplay-session.ts';
import { speak, stopSpeaking, voicesReady } from './speech.ts';
import { ICONS } from './icons.ts';
import haechiWave from '../../../assets/games/haechi-point.svg?raw';
import haechiSleep from '../../../assets/games/haechi-sleep.svg?raw';
import '../games.css';

const TICK_MS = 250;

type Engine = [typeof import('./host.ts'), typeof import('./audio.ts')];

/** Phaser and the sound engine, fetched once; a failed fetch (offline, first visit) is tried again next time. */
function loadEngine(): Promise<Engine> {
  const p = Promise.all([import('./host.ts'), import('./audio.ts')]);
  p.catch(() => {
    if (engineLoad === p) engineLoad = null;
  });
  return p;
}

// This module loads when a game is about to start: Phaser, the largest piece, starts downloading now,
// while the shell still waits for the translations.
let engineLoad: Promise<Engine> | null = loadEngine();

/**
 * `/play/:gameId/:levelId`: the co-play frame around one game's scene. Dad's strip (DOM: readable,
 * translated, accessible) beside or above the child's zone (the canvas); the round's clock, dad's
 * question pauses, idle hints, the bridge card and the calm end screen. Never an automatic next round.
 */
export const playScreen: Screen = {
  keepOnLanguageChange: true,
  async mount(root, ctx) {
    const { gameId = '', levelId = '' } = ctx.params;
    // The voices are asked for at once, beside the level's own files and the engine (loading since
    // this module was): a deep link waits for the slowest of them, not for all of them in turn.
    const engine = (engineLoad ??= loadEngine());
    const voices = voicesReady();
    const [descriptor, level, mod] = await Promise.all([loadDescriptor(gameId), loadLevel(gameId, levelId), loadModule(gameId)]);
    if (!descriptor || !level || !mod) {
      root.replaceChildren(
        h('section', { class: 'not-found' }, h('h1', {}, t('games:frame.notFound')), h('a', { class: 'btn', href: '/play' }, t('games:frame.toList'))),
      );
      return;
    }
    const text = (l: Localized): string => l[currentLanguage()];
    const band = level.ageBand as PlayBand;
    // A test-only pace (documented in the engine README): dad's pauses and hints come within seconds.
    const quick = ctx.query.get('pace') === 'quick';
    const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;

    // ── DOM frame ────────────────────────────────────────────────────────────
    const status = h('p', { class: 'sr-only', 'aria-live': 'polite' });
    const dadLine = h('p', { class: 'dad-line', 'aria-live': 'polite' });
    const sayLine = h('p', { class: 'dad-say', hidden: true });
    const dadActions = h('div', { class: 'dad-actions' });
    // Names are the visible words (voice control users say what they see); `title` adds the longer hint.
    const replay = h('button', { type: 'button', class: 'dad-btn replay-btn', title: t('games:frame.replayLabel') }, svg(ICONS.speaker), h('span', {}, t('games:frame.replay')));
    const pauseBtn = h('button', { type: 'button', class: 'dad-btn pause-btn', title: t('games:frame.pauseLabel') }, svg(ICONS.pause), h('span', {}, t('games:frame.pause')));
    const back = h('a', { class: 'game-back', href: `/play/${gameId}`, title: t('games:common.backLabel') }, h('span', { 'aria-hidden': 'true' }, '←'), ' ', t('games:common.back'));
    const strip = h(
      'aside',
      { class: 'dad-strip', 'aria-labelledby': 'dad-strip-title' },
      h('div', { class: 'dad-top' }, back, pauseBtn),
      h('h1', { class: 'dad-title', id: 'dad-strip-title' }, h('span', { class: 'dad-kicker' }, t('games:frame.forDad')), ' ', text(descriptor.title)),
      dadLine,
      sayLine,
      h('div', { class: 'dad-tools' }, replay, dadActions),
    );
    const stage = h('div', { class: 'game-stage', role: 'img', 'aria-label': t('games:frame.stageLabel', { game: text(descriptor.title) }) });
    const overlay = h('div', { class: 'play-overlay', hidden: true });
    const wrap = h('div', { class: 'play-stage-wrap' }, stage, overlay);
    const section = h('section', { class: 'game-screen play' }, strip, wrap, status);
    root.replaceChildren(section);

    const [[{ hostGame }, { loadSound, playSound }], SceneClass] = await Promise.all([engine, mod.scene()]);

    const logic = mod.createLogic(level, Math.floor(Math.random() * 2 ** 31));
    const session = new CoplaySession(
      {
        roundSeconds: level.minutes * 60,
        targets: level.targets,
        dadPauseSeconds: quick ? 4 : level.dadPauseSeconds,
        idleHintSeconds: quick ? 3 : level.idleHintSeconds,
      },
      performance.now(),
    );
    const engineSounds = import.meta.glob<string>('/assets/audio/{yay,giggle,hint,chime,drum,tap}.wav', { query: '?url', import: 'default', eager: true });
    for (const [path, url] of Object.entries(engineSounds)) loadSound(path.split('/').pop()!.replace('.wav', ''), url);

    let current: Prompt = mod.firstPrompt(logic, level);
    let view: SceneView | null = null;
    let buttons: DadButton[] = [];
    let paused = false;
    let finished = false;
    let ended = false;

    function showPrompt(p: Prompt, speakIt = true): void {
      current = p;
      dadLine.textContent = text(p.dad);
      const spoken = speakIt && speak(text(p.say), currentLanguage(), !prefs().sound);
      // No voice for this language (or sound off): dad reads the child's line aloud.
      sayLine.hidden = spoken;
      sayLine.replaceChildren(h('span', { class: 'dad-say-label' }, t('games:frame.readAloud')), ' ', text(p.say));
    }

    function renderButtons(): void {
      dadActions.replaceChildren(
        ...buttons.map((b) =>
          h(
            'button',
            { type: 'button', class: 'dad-btn dad-action', 'data-action': b.id, 'aria-pressed': b.pressed === undefined ? null : String(b.pressed), onclick: () => b.onPress() },
            text(b.label),
          ),
        ),
      );
    }

    const api: CoplayApi = {
      level: level as Level,
      band,
      get lang() {
        return currentLanguage();
      },
      get layout() {
        return hosted.layout;
      },
      reducedMotion,
      text,
      ask: (p) => showPrompt(p),
      hit: () => handle(session.hit(performance.now())),
      miss: () => void handle(session.miss(performance.now())),
      touch: () => session.touch(performance.now()),
      setChildTurn: (on) => session.setChildTurn(on, performance.now()),
      accepting: () => session.accepting && !paused,
      dadButtons: (list) => {
        buttons = list;
        renderButtons();
      },
      sound: (name, opts) => playSound(name, opts),
    };

    /** Applies session events to the view; returns true when the round ended. */
    function handle(events: SessionEvent[]): boolean {
      let ended = false;
      for (const e of events) {
        switch (e.type) {
          case 'success':
            // Progress for browser tests and for a facilitator's devtools; never shown to the child.
            section.dataset.hits = String(e.hits);
            playSound('yay');
            status.textContent = t('games:frame.success');
            break;
          case 'giggle':
            section.dataset.misses = String(session.misses);
            playSound('giggle');
            status.textContent = t('games:frame.giggle');
            break;
          case 'hint':
            playSound('hint', { volume: 0.6 });
            speak(text(current.say), currentLanguage(), !prefs().sound);
            view?.showHint();
            strip.classList.remove('nudge');
            void strip.offsetWidth;
            strip.classList.add('nudge');
            break;
          case 'dad-pause':
            playSound('chime');
            showDadPause(e.question);
            break;
          case 'resumed':
            hideOverlay();
            break;
          case 'end':
            ended = true;
            endRound();
            break;
        }
      }
      return ended;
    }

    function showOverlay(content: Node[], kind: string): void {
      overlay.className = `play-overlay ${kind}`;
      overlay.replaceChildren(h('div', { class: 'overlay-card', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'overlay-title' }, ...content));
      overlay.hidden = false;
      hosted.game.scene.pause(gameId);
      (overlay.querySelector('button') as HTMLButtonElement | null)?.focus({ preventScroll: true });
    }
    function hideOverlay(): void {
      overlay.hidden = true;
      overlay.replaceChildren();
      if (!finished) hosted.game.scene.resume(gameId);
    }

    function showDadPause(q: number): void {
      const question = level!.dadQuestions[q % level!.dadQuestions.length]!;
      stopSpeaking();
      showOverlay(
        [
          h('div', { class: 'overlay-art', 'aria-hidden': 'true' }, svg(haechiWave)),
          h('h2', { id: 'overlay-title' }, t('games:frame.dadTurn')),
          h('p', { class: 'overlay-question' }, text(question)),
          h('p', { class: 'overlay-help' }, t('games:frame.dadTurnHelp')),
          h('button', { type: 'button', class: 'btn overlay-go', 'data-action': 'dad-continue', onclick: () => handle(session.dadContinue(performance.now())) }, t('games:frame.dadContinue')),
        ],
        'dad-pause',
      );
    }

    function setPaused(on: boolean): void {
      if (finished || paused === on) return;
      paused = on;
      if (on) {
        session.hold(performance.now());
        stopSpeaking();
        if (session.state === 'dad-pause') return;
        showOverlay(
          [
            h('h2', { id: 'overlay-title' }, t('games:frame.pausedTitle')),
            h('p', { class: 'overlay-help' }, t('games:frame.pausedHelp')),
            h('button', { type: 'button', class: 'btn overlay-go', 'data-action': 'resume', onclick: () => setPaused(false) }, t('games:frame.resume')),
          ],
          'paused',
        );
      } else {
        session.release(performance.now());
        if (session.state !== 'dad-pause') hideOverlay();
      }
    }

    // The first prompt goes on the strip before the canvas measures its stage (no relayout right after).
    showPrompt(current, false);

    // ── Phaser ──────────────────────────────────────────────────────────────
    const hosted = hostGame(
      stage,
      [],
      (lost) => {
        status.textContent = lost ? t('games:common.contextLost') : '';
        stage.classList.toggle('context-lost', lost);
      },
      { fitStage: true, renderer: ctx.query.get('renderer') },
    );
    // Devtools and the frame-time benchmark read the loop through this handle (as /play/hello does).
    (window as unknown as { __appaHost?: unknown }).__appaHost = hosted;
    const init: SceneInit = { api, logic, bind: (v) => (view = v) };
    hosted.game.scene.add(gameId, SceneClass, true, init);

    let relayoutTimer = 0;
    const resizeObserver = new ResizeObserver(() => {
      clearTimeout(relayoutTimer);
      relayoutTimer = window.setTimeout(() => {
        if (!finished && hosted.relayout()) hosted.game.scene.getScene(gameId)?.scene.restart(init);
        section.dataset.layout = hosted.layout;
      }, 150);
    });
    resizeObserver.observe(stage);
    section.dataset.layout = hosted.layout;

    replay.addEventListener('click', () => {
      const spoken = speak(text(current.say), currentLanguage(), !prefs().sound);
      sayLine.hidden = spoken;
      session.touch(performance.now());
    });
    pauseBtn.addEventListener('click', () => setPaused(!paused));
    const onVisibility = (): void => {
      // The page hidden (phone locked, another app) stops the round's clocks; dad resumes by hand.
      if (document.visibilityState === 'hidden') setPaused(true);
    };
    document.addEventListener('visibilitychange', onVisibility);
    const offPrefs = onPrefsChanged((p) => {
      if (!p.sound) stopSpeaking();
    });

    const ticker = window.setInterval(() => {
      if (!paused && !finished) handle(session.tick(performance.now()));
    }, TICK_MS);

    emit('game-started', { gameId, levelId, ageBand: band });
    // The first line is on the strip already; it is spoken once the device has said which voices it
    // has (Chromium tells late), unless the round has moved on by then.
    const first = current;
    void voices.then(() => {
      if (!finished && current === first) showPrompt(current);
    });

    // ── End of the round: bridge card, then the calm done screen ────────────
    function endRound(): void {
      if (finished) return;
      finished = true;
      clearInterval(ticker);
      view?.celebrate?.();
      stopSpeaking();
      window.setTimeout(showBridge, reducedMotion ? 200 : 1200);
    }

    function showBridge(): void {
      const bridge = level!.bridge ?? descriptor!.bridgeCard;
      void teardownGame();
      playSound('chime');
      const done = (): void => showDone();
      section.className = 'game-screen play-end';
      section.replaceChildren(
        h(
          'div',
          { class: 'bridge-card', role: 'region', 'aria-labelledby': 'bridge-title' },
          h('div', { class: 'end-art', 'aria-hidden': 'true' }, svg(haechiWave)),
          h('p', { class: 'bridge-kicker' }, t('games:frame.bridgeKicker')),
          h('h1', { id: 'bridge-title' }, text(bridge.title)),
          h('p', { class: 'bridge-body' }, text(bridge.body)),
          h(
            'div',
            { class: 'end-actions' },
            h('button', { type: 'button', class: 'btn', 'data-action': 'bridge-done', onclick: done }, t('games:frame.bridgeDone')),
            h('button', { type: 'button', class: 'btn secondary', 'data-action': 'bridge-later', onclick: done }, t('games:frame.bridgeLater')),
          ),
        ),
        status,
      );
      status.textContent = t('games:frame.roundOver');
      (section.querySelector('h1') as HTMLElement | null)?.focus?.();
    }

    function showDone(): void {
      const seconds = session.finish();
      emit('activity-completed', { kind: 'game', gameId, levelId, ageBand: band, seconds });
      emit('game-ended', { gameId });
      ended = true;
      const mins = Math.floor(seconds / 60);
      const secs = seconds % 60;
      section.replaceChildren(
        h(
          'div',
          { class: 'done-card', role: 'region', 'aria-labelledby': 'done-title' },
          h('div', { class: 'end-art', 'aria-hidden': 'true' }, svg(haechiSleep)),
          h('h1', { id: 'done-title' }, t('games:frame.doneTitle')),
          h('p', {}, t('games:frame.doneBody')),
          h('p', { class: 'done-time' }, t('games:frame.doneTime', { minutes: mins, seconds: secs })),
          h(
            'div',
            { class: 'end-actions' },
            h('a', { class: 'btn', href: '/play' }, t('games:frame.toList')),
            h('a', { class: 'btn secondary', href: '/' }, t('games:frame.home')),
          ),
        ),
        status,
      );
    }

    let gameGone: Promise<void> | null = null;
    function teardownGame(): Promise<void> {
      if (!gameGone) {
        resizeObserver.disconnect();
        gameGone = hosted.destroy().then(() => {
          window.dispatchEvent(new CustomEvent('appa:game-destroyed'));
        });
      }
      return gameGone;
    }

    return () => {
      // The screen is gone: nothing pending (the first spoken line) may start now.
      finished = true;
      clearInterval(ticker);
      clearTimeout(relayoutTimer);
      document.removeEventListener('visibilitychange', onVisibility);
      offPrefs();
      stopSpeaking();
      if (!ended) emit('game-ended', { gameId });
      void teardownGame();
    };
  },
};
