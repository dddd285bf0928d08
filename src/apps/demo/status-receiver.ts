import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNATURE_HEADER, verifyPayloadSignature } from '../../connectors/index.js';

/** One status webhook as the storefront received it (signature verified, repeats dropped by event id). */
export interface ReceivedStatus {
  readonly id: string;
  readonly orderNo: string;
  readonly status: string;
  readonly reason?: { readonly code: string; readonly message: string };
  readonly logisticsNo?: string;
}

export interface StatusReceiver {
  readonly url: string;
  /** Statuses by order number, in arrival order. */
  readonly byOrder: ReadonlyMap<string, readonly ReceivedStatus[]>;
  /** Deliveries refused (bad signature) and repeats dropped. */
  readonly refused: number;
  readonly repeats: number;
  /** Answer the next `n` deliveries with HTTP 503 (to see retries with backoff). */
  failNext(n: number): void;
  close(): Promise<void>;
}

/**
 * The storefront's side of the status webhooks: a local HTTP endpoint that verifies Crossgate-Signature over the
 * raw body with the notify secret (timestamped, replay window), drops repeats by event id and keeps what arrived.
 */
export async function startStatusReceiver(secret: string): Promise<StatusReceiver> {
  const byOrder = new Map<string, ReceivedStatus[]>();
  const seen = new Set<string>();
  let refused = 0;
  let repeats = 0;
  let failing = 0;
  const handle = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    if (failing > 0) {
      failing -= 1;
      res.writeHead(503).end('busy');
      return;
    }
    const header = req.headers[SIGNATURE_HEADER.toLowerCase()];
    const check = verifyPayloadSignature(typeof header === 'string' ? header : undefined, body, secret, { now: new Date() });
    if (!check.ok) {
      refused += 1;
      res.writeHead(401).end(check.reason);
      return;
    }
    const event = JSON.parse(body.toString('utf8')) as { id: string; data: Omit<ReceivedStatus, 'id'> };
    if (seen.has(event.id)) {
      repeats += 1;
    } else {
      seen.add(event.id);
      const list = byOrder.get(event.data.orderNo) ?? [];
      list.push({ id: event.id, ...event.data });
      byOrder.set(event.data.orderNo, list);
    }
    res.writeHead(204).end();
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/crossgate`,
    byOrder,
    get refused() {
      return refused;
    },
    get repeats() {
      return repeats;
    },
    failNext: (n) => {
      failing = n;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
