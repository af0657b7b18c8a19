import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

/** Browser tests run against the built PWA (the service worker only exists in a build). */
export default function setup(): void {
  if (!existsSync('dist/index.html') || process.env.APPA_E2E_REBUILD) {
    execSync('npx vite build', { stdio: 'inherit' });
  }
}
