/**
 * A tiny offline synthesiser for the kit's warm, quiet sounds (marimba, bell, soft drum), so every
 * sound file in assets/audio is reproducible from this source: `node --import tsx assets/audio/make-sounds.ts`.
 */
export const RATE = 22050;

export interface Note {
  /** Start in seconds. */
  at: number;
  freq: number;
  dur: number;
  timbre: 'marimba' | 'bell' | 'drum' | 'pluck' | 'boing';
  gain?: number;
}

function voice(n: Note, t: number): number {
  const g = n.gain ?? 0.5;
  const tau = 2 * Math.PI;
  switch (n.timbre) {
    case 'marimba': {
      // Fundamental plus the bar's 4th partial, fast decay, a soft mallet attack.
      const env = Math.min(1, t / 0.004) * Math.exp(-t * 7);
      return g * env * (Math.sin(tau * n.freq * t) + 0.25 * Math.sin(tau * n.freq * 3.9 * t) * Math.exp(-t * 20));
    }
    case 'bell': {
      const env = Math.min(1, t / 0.002) * Math.exp(-t * 3.2);
      return g * env * (Math.sin(tau * n.freq * t) + 0.4 * Math.sin(tau * n.freq * 2.76 * t) + 0.2 * Math.sin(tau * n.freq * 5.4 * t)) * 0.6;
    }
    case 'drum': {
      // A soft low tom: pitch falling from 1.6× to the note, short noise-free body.
      const env = Math.min(1, t / 0.003) * Math.exp(-t * 14);
      const f = n.freq * (1 + 0.6 * Math.exp(-t * 30));
      return g * env * Math.sin(tau * f * t);
    }
    case 'boing': {
      // A springy, silly slide (the kind "oops" of a wrong tap): pitch wobbles down and back, soft.
      const env = Math.min(1, t / 0.01) * Math.exp(-t * 5);
      const f = n.freq * (1 - 0.25 * Math.sin(Math.min(t, 0.4) * 9));
      return g * env * Math.sin(tau * f * t) * (1 + 0.3 * Math.sin(tau * 11 * t));
    }
    case 'pluck': {
      const env = Math.min(1, t / 0.003) * Math.exp(-t * 9);
      return g * env * (Math.sin(tau * n.freq * t) + 0.5 * Math.sin(tau * 2 * n.freq * t) * Math.exp(-t * 12));
    }
  }
}

export function render(notes: Note[], tail = 0.4): Float32Array {
  const end = Math.max(...notes.map((n) => n.at + n.dur)) + tail;
  const out = new Float32Array(Math.ceil(end * RATE));
  for (const n of notes) {
    const start = Math.floor(n.at * RATE);
    const len = Math.floor((n.dur + tail) * RATE);
    for (let i = 0; i < len && start + i < out.length; i++) out[start + i]! += voice(n, i / RATE);
  }
  // Normalise to a quiet peak (-6 dBFS): the kit is never loud.
  let peak = 0;
  for (const s of out) peak = Math.max(peak, Math.abs(s));
  const k = peak > 0 ? 0.5 / peak : 0;
  for (let i = 0; i < out.length; i++) out[i]! *= k;
  return out;
}

export function wav(samples: Float32Array): Uint8Array {
  const data = samples.length * 2;
  const buf = new DataView(new ArrayBuffer(44 + data));
  const str = (o: number, s: string): void => {
    for (let i = 0; i < s.length; i++) buf.setUint8(o + i, s.charCodeAt(i));
  };
  str(0, 'RIFF');
  buf.setUint32(4, 36 + data, true);
  str(8, 'WAVE');
  str(12, 'fmt ');
  buf.setUint32(16, 16, true);
  buf.setUint16(20, 1, true);
  buf.setUint16(22, 1, true);
  buf.setUint32(24, RATE, true);
  buf.setUint32(28, RATE * 2, true);
  buf.setUint16(32, 2, true);
  buf.setUint16(34, 16, true);
  str(36, 'data');
  buf.setUint32(40, data, true);
  for (let i = 0; i < samples.length; i++) buf.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, samples[i]!)) * 32767), true);
  return new Uint8Array(buf.buffer);
}

/** Note name → frequency, e.g. `hz('C5')`. */
export function hz(name: string): number {
  const m = /^([A-G])(#?)(\d)$/.exec(name);
  if (!m) throw new Error(`bad note ${name}`);
  const semis = { C: -9, D: -7, E: -5, F: -4, G: -2, A: 0, B: 2 }[m[1] as 'C'] + (m[2] ? 1 : 0) + (Number(m[3]) - 4) * 12;
  return 440 * 2 ** (semis / 12);
}
