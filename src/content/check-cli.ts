import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatProblem, type ContentChecker, type ContentProblem } from './problems.ts';

/** Finds every feature's `content-check.ts` under src/ so adding a checker needs no edit here. */
function findCheckers(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...findCheckers(p));
    else if (name === 'content-check.ts') out.push(p);
  }
  return out.sort();
}

export async function runAllChecks(root: string): Promise<{ problems: ContentProblem[]; checkers: string[] }> {
  const files = findCheckers(join(root, 'src'));
  const problems: ContentProblem[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(f).href)) as { checkContent?: ContentChecker };
    if (typeof mod.checkContent !== 'function') {
      problems.push({ file: relative(root, f), field: '', message: 'exports no checkContent(root) function' });
      continue;
    }
    problems.push(...(await mod.checkContent(root)));
  }
  return { problems, checkers: files.map((f) => relative(root, f)) };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const root = resolve(process.argv[2] ?? '.');
  const { problems, checkers } = await runAllChecks(root);
  if (problems.length) {
    console.error(`content:check found ${problems.length} problem(s):`);
    for (const p of problems) console.error(`  ✗ ${formatProblem(p)}`);
    process.exit(1);
  }
  console.log(`content:check ok (${checkers.length} checkers: ${checkers.join(', ')})`);
}
