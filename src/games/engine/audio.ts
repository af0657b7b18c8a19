import { Howl, Howler } from 'howler';
import { prefs, onPrefsChanged } from '../../app/prefs.ts';

/**
 * The kit's sound: howler, one mute switch (the shell's sound toggle), unlocked on the first tap and
 * resumed when the page comes back (iOS leaves the AudioContext suspended after a lock screen).
 */
const howls = new Map<string, Howl>();
let wired = false;

function resume(): void {
  const ctx = Howler.ctx as AudioContext | undefined;
  if (!ctx) return;
  const mark = (): void => {
    // Visible to browser tests and to a facilitator's "why no sound?" check in devtools.
    document.documentElement.dataset.audio = ctx.state;
  };
  if (ctx.state !== 'running') void ctx.resume().then(mark, mark);
  else mark();
}

function wire(): void {
  if (wired) return;
  wired = true;
  Howler.autoSuspend = false;
  Howler.mute(!prefs().sound);
  onPrefsChanged((p) => Howler.mute(!p.sound));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') resume();
  });
}

export function loadSound(name: string, url: string, opts: { loop?: boolean } = {}): Howl {
  wire();
  let howl = howls.get(name);
  if (!howl) {
    howl = new Howl({ src: [url], preload: true, loop: Boolean(opts.loop) });
    howls.set(name, howl);
  }
  return howl;
}

/** Plays a loaded sound; call it from inside a pointer handler so the first call unlocks audio. */
export function playSound(name: string, opts: { rate?: number; volume?: number } = {}): void {
  wire();
  resume();
  const howl = howls.get(name);
  if (!howl || !prefs().sound) return;
  const id = howl.play();
  if (opts.rate) howl.rate(opts.rate, id);
  if (opts.volume !== undefined) howl.volume(opts.volume, id);
}

/** Stops every playing instance of a sound (a music loop). */
export function stopSound(name: string): void {
  howls.get(name)?.stop();
}

/** Whether a sound (a loop) is playing now. */
export function isPlaying(name: string): boolean {
  return howls.get(name)?.playing() ?? false;
}

export function audioState(): string {
  return (Howler.ctx as AudioContext | undefined)?.state ?? 'none';
}

export function unloadSounds(): void {
  for (const h of howls.values()) h.unload();
  howls.clear();
}
