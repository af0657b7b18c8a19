/** What one benchmark writes to test/bench/out/<name>.json. */
export interface BenchResult {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  /** The target or the baseline it is judged against, in words and numbers. */
  compare: { target?: number; baseline?: number; baselineName?: string; ratio?: number; note?: string };
  /** Raw samples, so a reader can check the median. */
  samples?: number[];
  p95?: number;
}

export function summarize(name: string, unit: string, samples: number[], compare: BenchResult['compare']): BenchResult {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  const p95 = s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!;
  return { name, unit, median: round(mid), min: round(s[0]!), max: round(s[s.length - 1]!), runs: s.length, p95: round(p95), compare, samples: s.map(round) };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Each `test/bench/*.bench.ts` exports one of these; `npm run bench` runs them all. */
export type Bench = () => Promise<BenchResult[]>;
