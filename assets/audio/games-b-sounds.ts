import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { hz, render, wav, type Note } from './synth.ts';

/**
 * The sounds of games 5–8 (2호선 리듬 기차, 서울 나들이 지도, 서울숲 나비 짝맞추기, 높이 높이 탑 쌓기):
 * warm marimba, bells and a soft drum, never a buzzer. Reproduce them with
 * `node --import tsx assets/audio/games-b-sounds.ts`.
 */
const m = (at: number, note: string, dur = 0.16, gain = 0.5): Note => ({ at, freq: hz(note), dur, timbre: 'marimba', gain });
const b = (at: number, note: string, dur = 0.4, gain = 0.4): Note => ({ at, freq: hz(note), dur, timbre: 'bell', gain });

/** Each station of the green line has its own little call (pentatonic, so any order sounds kind). */
const stationCalls: string[][] = [
  ['C5', 'E5', 'G5'],
  ['D5', 'G5', 'A5'],
  ['E5', 'G5', 'C6'],
  ['G4', 'C5', 'E5', 'G5'],
  ['A4', 'D5', 'E5'],
  ['C5', 'D5', 'E5', 'G5'],
  ['E5', 'D5', 'C5', 'G5'],
  ['G5', 'E5', 'C6'],
];

export const gamesBSounds: Record<string, Note[]> = {
  // Dad's drum: a soft low tom. The child's bell: one clear bell note.
  'line2-drum': [{ at: 0, freq: hz('A2'), dur: 0.2, timbre: 'drum', gain: 0.7 }],
  'line2-bell': [b(0, 'E6', 0.35, 0.5)],
  // The beat the train keeps while it waits for a tap: a wooden click, played quietly.
  'line2-tick': [m(0, 'G4', 0.05, 0.3)],
  // An early tap: the train waits with a friendly two-note "not yet".
  'line2-wait': [m(0, 'E5', 0.1, 0.35), m(0.12, 'C5', 0.14, 0.35)],
  ...Object.fromEntries(stationCalls.map((notes, i) => [`line2-station-${i + 1}`, [...notes.map((n, k) => m(k * 0.13, n, 0.16)), b(notes.length * 0.13, notes.at(-1) as string, 0.3, 0.2)]])),
  // The map: picking a sticker (a pluck), sticking it on (a marimba pop), a direction hint (up-down).
  'map-pick': [{ at: 0, freq: hz('G5'), dur: 0.12, timbre: 'pluck', gain: 0.5 }],
  'map-stick': [m(0, 'C5', 0.1), m(0.08, 'G5', 0.2)],
  'map-hint': [m(0, 'A4', 0.12, 0.35), m(0.15, 'D5', 0.16, 0.35)],
  // Butterflies: a card turning (a soft pluck) and a pair found (a bell chord).
  'butterfly-flip': [{ at: 0, freq: hz('D5'), dur: 0.08, timbre: 'pluck', gain: 0.4 }],
  'butterfly-match': [b(0, 'C6', 0.4, 0.35), b(0.08, 'E6', 0.4, 0.3), b(0.16, 'G6', 0.5, 0.3)],
  // The tower: one hand pressed, the block drops, it lands, it wobbles (a silly springy slide).
  'tower-press': [m(0, 'E5', 0.08, 0.4)],
  'tower-drop': [m(0, 'G5', 0.08), m(0.07, 'E5', 0.08), m(0.14, 'C5', 0.1)],
  'tower-land': [{ at: 0, freq: hz('D3'), dur: 0.15, timbre: 'drum', gain: 0.6 }, m(0.02, 'C5', 0.12, 0.3)],
  'tower-wobble': [{ at: 0, freq: hz('A4'), dur: 0.5, timbre: 'boing', gain: 0.5 }],
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const [name, notes] of Object.entries(gamesBSounds)) {
    writeFileSync(join(here, `${name}.wav`), wav(render(notes, 0.2)));
    console.log(`assets/audio/${name}.wav`);
  }
}
