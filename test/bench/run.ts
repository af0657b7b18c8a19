import { mkdirSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Bench, BenchResult } from './bench.ts';

/**
 * `npm run bench [filter]`: builds once, runs every test/bench/*.bench.ts (or those whose file name
 * contains the filter) and writes one JSON file per result under test/bench/out/.
 */
const here = resolve('test/bench');
const out = join(here, 'out');
mkdirSync(out, { recursive: true });
const dist = process.env.APPA_DIST ?? 'dist';
if (!existsSync(join(dist, 'index.html')) || !process.env.APPA_BENCH_NO_BUILD) {
  execSync(`npx vite build --outDir ${dist} --emptyOutDir`, { stdio: 'inherit' });
}
const filter = process.argv[2] ?? '';
const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts') && f.includes(filter)).sort();
const all: BenchResult[] = [];
for (const f of files) {
  console.log(`\n▶ ${f}`);
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { run: Bench };
  const results = await mod.run();
  for (const r of results) {
    writeFileSync(join(out, `${r.name}.json`), `${JSON.stringify(r, null, 2)}\n`);
    const target = r.compare.target !== undefined ? ` (target ${r.compare.target})` : '';
    const base = r.compare.baseline !== undefined ? ` vs ${r.compare.baselineName ?? 'baseline'} ${r.compare.baseline} → ratio ${r.compare.ratio}` : '';
    console.log(`  ${r.name}: median ${r.median} ${r.unit} [${r.min}–${r.max}, n=${r.runs}]${target}${base}`);
    all.push(r);
  }
}
writeFileSync(join(out, 'summary.json'), `${JSON.stringify(all.map(({ samples: _s, ...r }) => r), null, 2)}\n`);
console.log(`\n${all.length} results in test/bench/out/`);
