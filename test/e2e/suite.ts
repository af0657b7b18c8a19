import { afterAll, beforeAll } from 'vitest';
import { openBrowser, startServer, type Browser, type TestServer } from './harness.ts';

/**
 * One real server and one browser for a whole `describe` block: call it inside the block, use
 * `server.url` and `b.page` in its tests. Both are filled in before the first test and closed after
 * the last.
 */
export function serverAndBrowser(opts: Parameters<typeof openBrowser>[0] = { viewport: { width: 1280, height: 800 } }): { server: TestServer; b: Browser } {
  const server = {} as TestServer;
  const b = {} as Browser;
  beforeAll(async () => {
    Object.assign(server, await startServer());
    Object.assign(b, await openBrowser(opts));
  });
  afterAll(async () => {
    await b.close?.();
    await server.close?.();
  });
  return { server, b };
}
