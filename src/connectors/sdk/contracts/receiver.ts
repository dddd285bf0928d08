import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP endpoint for the suites: it records what it receives and answers as told (a status, or hanging up
 * to simulate a network fault).
 */
export interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

export interface Receiver {
  readonly url: string;
  readonly received: Received[];
  /** The next answers: an HTTP status, or `'hang-up'` (socket destroyed without an answer). Default 200. */
  answer(mode: number | 'hang-up'): void;
  close(): Promise<void>;
}

export async function startReceiver(path = '/hooks/crossgate'): Promise<Receiver> {
  const received: Received[] = [];
  let mode: number | 'hang-up' = 200;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      if (mode === 'hang-up') {
        req.socket.destroy();
        return;
      }
      res.writeHead(mode, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ received: mode < 300 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    received,
    answer: (m) => {
      mode = m;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL nothing listens on (a port opened and closed again). */
export async function unreachableUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/nothing-here`;
}
