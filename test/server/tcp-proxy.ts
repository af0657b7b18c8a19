import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A loopback TCP proxy whose behaviour a test switches: pass, refuse (cut before the request reaches
 * the server) or drop-reply (the server gets and handles the request, the client never hears back).
 */
export interface Proxy {
  url: string;
  mode: 'pass' | 'refuse' | 'drop-reply';
  /** Requests that reached the upstream server. */
  forwarded: number;
  /** Called with each request's first bytes as they pass; lets a test act mid-batch. */
  onRequest?: (head: string) => void;
  setUpstream(port: number): void;
  close(): Promise<void>;
}

export async function startProxy(upstreamPort: number): Promise<Proxy> {
  const sockets = new Set<Socket>();
  const p: Proxy = {
    url: '',
    mode: 'pass',
    forwarded: 0,
    setUpstream(port) {
      upstreamPort = port;
    },
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    if (p.mode === 'refuse') {
      client.destroy();
      return;
    }
    const up = connect(upstreamPort, '127.0.0.1');
    sockets.add(up);
    up.on('close', () => sockets.delete(up));
    client.on('data', (chunk: Buffer) => {
      if (p.mode === 'refuse') {
        client.destroy();
        up.destroy();
        return;
      }
      const head = chunk.toString('latin1', 0, Math.min(chunk.length, 200));
      if (/^(GET|POST|PUT) /.test(head)) {
        p.forwarded++;
        p.onRequest?.(head);
      }
      up.write(chunk);
    });
    up.on('data', (chunk: Buffer) => {
      if (p.mode === 'drop-reply') {
        // The server has answered, so it has committed; the device never learns it.
        client.destroy();
        up.destroy();
      } else client.write(chunk);
    });
    up.on('error', () => client.destroy());
    client.on('error', () => up.destroy());
    up.on('end', () => client.end());
    client.on('end', () => up.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  p.url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  return p;
}
