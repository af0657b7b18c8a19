import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { hz, render, wav, type Note } from './synth.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** The shell's and the hello scene's sounds. Games add their own lists beside this one. */
export const sounds: Record<string, Note[]> = {
  // 해치's hello: a rising three-note marimba call with a bell on top.
  'hello': [
    { at: 0, freq: hz('C5'), dur: 0.18, timbre: 'marimba' },
    { at: 0.12, freq: hz('E5'), dur: 0.18, timbre: 'marimba' },
    { at: 0.24, freq: hz('G5'), dur: 0.3, timbre: 'marimba' },
    { at: 0.24, freq: hz('C6'), dur: 0.4, timbre: 'bell', gain: 0.2 },
  ],
  'tap': [{ at: 0, freq: hz('G5'), dur: 0.12, timbre: 'marimba' }],
};

/** The co-play frame's sounds, shared by every game (src/games/engine/play-screen.ts). */
export const frameSounds: Record<string, Note[]> = {
  // Success: a warm two-note marimba "ta-da" with a soft bell.
  'yay': [
    { at: 0, freq: hz('E5'), dur: 0.14, timbre: 'marimba' },
    { at: 0.1, freq: hz('C6'), dur: 0.3, timbre: 'marimba' },
    { at: 0.1, freq: hz('G6'), dur: 0.4, timbre: 'bell', gain: 0.12 },
  ],
  // A "wrong" tap: a silly, springy boing, two little hops down — a giggle, never a buzzer.
  'giggle': [
    { at: 0, freq: hz('A4'), dur: 0.25, timbre: 'boing', gain: 0.4 },
    { at: 0.18, freq: hz('E4'), dur: 0.3, timbre: 'boing', gain: 0.35 },
  ],
  // The idle hint: one quiet bell, an invitation.
  'hint': [
    { at: 0, freq: hz('G5'), dur: 0.5, timbre: 'bell', gain: 0.3 },
    { at: 0.22, freq: hz('D6'), dur: 0.5, timbre: 'bell', gain: 0.2 },
  ],
  // Dad's turn and the bridge card: a gentle three-bell chime.
  'chime': [
    { at: 0, freq: hz('C6'), dur: 0.5, timbre: 'bell', gain: 0.3 },
    { at: 0.16, freq: hz('E5'), dur: 0.5, timbre: 'bell', gain: 0.3 },
    { at: 0.32, freq: hz('G5'), dur: 0.7, timbre: 'bell', gain: 0.3 },
  ],
  // 멈춰! 해치's "freeze": two soft low drum hits.
  'drum': [
    { at: 0, freq: hz('C3'), dur: 0.3, timbre: 'drum', gain: 0.7 },
    { at: 0.2, freq: hz('G2'), dur: 0.4, timbre: 'drum', gain: 0.8 },
  ],
};

/** 멈춰! 해치's music: a bouncy marimba loop in C, 8 beats at 120 bpm, played on repeat while 해치 may move. */
const melody = ['C5', 'E5', 'G5', 'E5', 'F5', 'A5', 'G5', 'E5', 'D5', 'F5', 'E5', 'C5', 'D5', 'G4', 'C5', 'C5'];
export const freezeSounds: Record<string, Note[]> = {
  'freeze-music': [
    ...melody.map((n, i) => ({ at: i * 0.25, freq: hz(n), dur: 0.2, timbre: 'marimba' as const, gain: 0.45 })),
    ...[0, 1, 2, 3].map((i) => ({ at: i, freq: hz(['C3', 'F3', 'G3', 'C3'][i] as string), dur: 0.4, timbre: 'pluck' as const, gain: 0.35 })),
  ],
  // A step of 해치: a small wooden tock.
  'freeze-hop': [{ at: 0, freq: hz('D5'), dur: 0.1, timbre: 'marimba', gain: 0.4 }],
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [name, notes] of Object.entries({ ...sounds, ...frameSounds, ...freezeSounds })) {
    // The music loops, so it gets no tail (the loop point lands on the beat).
    writeFileSync(join(here, `${name}.wav`), wav(render(notes, name === 'freeze-music' ? 0 : 0.3)));
    console.log(`assets/audio/${name}.wav`);
  }
}
