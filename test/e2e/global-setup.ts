import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

/** Browser tests run against the built PWA (the service worker only exists in a build). */
export default function setup(): void {
  // APPA_DIST lets several people build and test at once without sharing one dist/ folder.
  const dist = process.env.APPA_DIST ?? 'dist';
  if (!existsSync(`${dist}/index.html`) || process.env.APPA_E2E_REBUILD) {
    execSync(`npx vite build --outDir ${dist} --emptyOutDir`, { stdio: 'inherit' });
  }
}
