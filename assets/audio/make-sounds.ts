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

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [name, notes] of Object.entries(sounds)) {
    writeFileSync(join(here, `${name}.wav`), wav(render(notes, 0.3)));
    console.log(`assets/audio/${name}.wav`);
  }
}
