import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A customs single window that accepts and does nothing else: it answers the intake (`POST
 * /v1/single-window/messages`, 202 with the intake answer) and the receipts pull (an empty page), and notes what
 * arrived for each order. The hub benchmark hands its declarations to the single-window connector, which signs
 * and sends them here over HTTP; the single window's own work is measured by `clearance.import`.
 */
export interface SinkArrival {
  readonly types: Set<string>;
  /** When the last of the order's declarations arrived (performance.now()). */
  completedAt: number | undefined;
}

export interface SingleWindowSink {
  readonly url: string;
  /** Declarations received by order number. */
  readonly byOrder: ReadonlyMap<string, SinkArrival>;
  /** Messages received in all, and messages that carried no ds:Signature. */
  readonly received: number;
  readonly unsigned: number;
  close(): Promise<void>;
}

const ROOT = /<(?:\w+:)?(CEB\d{3})Message\b[^>]*\bguid="([^"]+)"/;
const ORDER_NO = /<(?:\w+:)?orderNo>([^<]+)</;

export async function startSingleWindowSink(expected: readonly string[]): Promise<SingleWindowSink> {
  const byOrder = new Map<string, SinkArrival>();
  let received = 0;
  let unsigned = 0;
  const intake = (body: string, res: ServerResponse) => {
    const root = ROOT.exec(body);
    const orderNo = ORDER_NO.exec(body)?.[1];
    if (!root || !orderNo) {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'ceb.unknown_message', message: 'not a CEB declaration' } }));
      return;
    }
    const [, type = '', guid = ''] = root;
    received += 1;
    if (!body.includes('SignatureValue>')) unsigned += 1;
    const arrival = byOrder.get(orderNo) ?? { types: new Set<string>(), completedAt: undefined };
    arrival.types.add(type);
    if (arrival.completedAt === undefined && expected.every((t) => arrival.types.has(t))) arrival.completedAt = performance.now();
    byOrder.set(orderNo, arrival);
    res
      .writeHead(202, { 'content-type': 'application/json' })
      .end(JSON.stringify({ messageId: `msg_${randomUUID()}`, type, guid, duplicate: false, status: 'received' }));
  };
  const handle = (req: IncomingMessage, res: ServerResponse, body: string) => {
    const url = new URL(req.url ?? '/', 'http://sink');
    if (req.method === 'POST' && url.pathname === '/v1/single-window/messages') return intake(body, res);
    if (req.method === 'GET' && url.pathname === '/v1/single-window/receipts') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ items: [], next: url.searchParams.get('since') ?? '0' }));
      return;
    }
    res.writeHead(404).end();
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    byOrder,
    get received() {
      return received;
    },
    get unsigned() {
      return unsigned;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
