import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * 해치 in full figure, in the poses of ART.md, drawn from the traditional stone haechi (curly mane,
 * one small rounded horn, a bell at the neck), round and friendly. One body, pose-specific paws, eyes
 * and mouth, so every pose stays on model. `node --import tsx assets/games/make-haechi.ts`
 */
const INK = '#2B2B3A';
const AMBER = '#F5B942';
const RED = '#E0533D';
const PAPER = '#FFF9EF';

type Pose = 'point' | 'cheer' | 'sleep' | 'think' | 'surprised' | 'giggle';

const mane = `<path fill="${RED}" d="M120 18c14 0 18 10 28 12s22-2 28 8-2 20 2 30 14 16 10 28-16 12-20 22-2 22-14 28-20-2-34-2-22 8-34 2-6-18-14-28-18-10-20-22 8-18 10-28-6-22 2-30 18-6 28-8 14-12 28-12z"/>`;

function eyes(p: Pose): string {
  switch (p) {
    case 'sleep':
      return `<path d="M90 96q10 8 20 0M130 96q10 8 20 0" fill="none" stroke="${INK}" stroke-width="5" stroke-linecap="round"/>`;
    case 'giggle':
      return `<path d="M90 98q10-10 20 0M130 98q10-10 20 0" fill="none" stroke="${INK}" stroke-width="5" stroke-linecap="round"/>`;
    case 'surprised':
      return `<circle cx="100" cy="94" r="9" fill="${INK}"/><circle cx="140" cy="94" r="9" fill="${INK}"/><circle cx="103" cy="91" r="3" fill="#fff"/><circle cx="143" cy="91" r="3" fill="#fff"/>`;
    case 'think':
      return `<circle cx="104" cy="90" r="7" fill="${INK}"/><circle cx="144" cy="90" r="7" fill="${INK}"/>`;
    default:
      return `<circle cx="100" cy="94" r="7" fill="${INK}"/><circle cx="140" cy="94" r="7" fill="${INK}"/><circle cx="102" cy="92" r="2.5" fill="#fff"/><circle cx="142" cy="92" r="2.5" fill="#fff"/>`;
  }
}

function mouth(p: Pose): string {
  switch (p) {
    case 'surprised':
      return `<ellipse cx="120" cy="128" rx="8" ry="10" fill="${INK}"/>`;
    case 'sleep':
      return `<path d="M112 126q8 4 16 0" fill="none" stroke="${INK}" stroke-width="5" stroke-linecap="round"/>`;
    case 'think':
      return `<path d="M110 128q10-4 20 2" fill="none" stroke="${INK}" stroke-width="5" stroke-linecap="round"/>`;
    case 'cheer':
    case 'giggle':
      return `<path d="M104 122q16 20 32 0z" fill="${RED}" stroke="${INK}" stroke-width="5" stroke-linejoin="round"/>`;
    default:
      return `<path d="M108 124q12 10 24 0" fill="none" stroke="${INK}" stroke-width="5" stroke-linecap="round"/>`;
  }
}

/** Front paws: the one part that changes the pose's meaning. */
function paws(p: Pose): string {
  const s = `fill="${AMBER}" stroke="${INK}" stroke-width="6" stroke-linejoin="round" stroke-linecap="round"`;
  switch (p) {
    case 'point':
      return `<path ${s} d="M160 176q30-14 52-36l10 12q-22 26-56 42z"/><circle cx="218" cy="144" r="11" ${s}/><path ${s} d="M84 180q-14 20-10 40h20q0-18 6-32z"/>`;
    case 'cheer':
      return `<path ${s} d="M80 170q-30-30-30-64l16-2q2 30 24 54z"/><circle cx="56" cy="102" r="11" ${s}/><path ${s} d="M160 170q30-30 30-64l-16-2q-2 30-24 54z"/><circle cx="184" cy="102" r="11" ${s}/>`;
    case 'think':
      return `<path ${s} d="M150 178q10-30-6-50l12-8q22 26 8 62z"/><circle cx="150" cy="126" r="11" ${s}/><path ${s} d="M84 180q-14 20-10 40h20q0-18 6-32z"/>`;
    case 'sleep':
      return `<path ${s} d="M80 196q40 18 80 0v14q-40 16-80 0z"/>`;
    case 'giggle':
      return `<path ${s} d="M84 178q10 20 30 22l-2 14q-30-2-40-30z"/><path ${s} d="M156 178q-10 20-30 22l2 14q30-2 40-30z"/>`;
    default:
      return `<path ${s} d="M84 180q-14 20-10 40h20q0-18 6-32z"/><path ${s} d="M156 180q14 20 10 40h-20q0-18-6-32z"/>`;
  }
}

export function haechi(p: Pose): string {
  const tilt = p === 'sleep' ? ' transform="rotate(-8 120 110)"' : p === 'think' ? ' transform="rotate(6 120 110)"' : '';
  const zz = p === 'sleep' ? `<path d="M178 40h18l-18 20h18M204 14h12l-12 14h12" fill="none" stroke="${INK}" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/>` : '';
  const q = p === 'think' ? `<circle cx="196" cy="46" r="8" fill="${PAPER}" stroke="${INK}" stroke-width="4"/><circle cx="212" cy="22" r="12" fill="${PAPER}" stroke="${INK}" stroke-width="4"/>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 260" width="240" height="260">
<g stroke="${INK}" stroke-width="6" stroke-linejoin="round" stroke-linecap="round">
<path fill="${RED}" d="M184 200q34-4 36-34 0-14-12-14-10 2-6 12 2 14-20 18z"/>
<ellipse cx="120" cy="200" rx="62" ry="46" fill="${AMBER}"/>
<path fill="${AMBER}" d="M78 226v22h26v-16M162 226v22h-26v-16"/>
<ellipse cx="120" cy="206" rx="30" ry="24" fill="${PAPER}" stroke-width="0"/>
</g>
${paws(p)}
<g${tilt}>
<g stroke="${INK}" stroke-width="6" stroke-linejoin="round" stroke-linecap="round">
${mane}
<circle cx="120" cy="100" r="52" fill="${AMBER}"/>
<path fill="${AMBER}" d="M112 52c0-14 4-24 8-28 4 4 8 14 8 28z"/>
<path fill="${AMBER}" d="M72 76c-10-6-14-18-8-24 8 0 16 6 20 14z"/>
<path fill="${AMBER}" d="M168 76c10-6 14-18 8-24-8 0-16 6-20 14z"/>
<ellipse cx="120" cy="118" rx="28" ry="20" fill="${PAPER}"/>
</g>
${eyes(p)}
<ellipse cx="120" cy="108" rx="8" ry="5" fill="${INK}"/>
${mouth(p)}
<circle cx="88" cy="112" r="6" fill="${RED}" opacity=".35"/><circle cx="152" cy="112" r="6" fill="${RED}" opacity=".35"/>
</g>
<circle cx="120" cy="158" r="12" fill="${AMBER}" stroke="${INK}" stroke-width="5"/>
<path d="M114 160h12" stroke="${INK}" stroke-width="4" stroke-linecap="round"/>
${zz}${q}
</svg>
`;
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const p of ['point', 'cheer', 'sleep', 'think', 'surprised', 'giggle'] as const) {
    writeFileSync(join(here, `haechi-${p}.svg`), haechi(p));
    console.log(`assets/games/haechi-${p}.svg`);
  }
}
