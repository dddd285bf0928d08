import { parentPort } from 'node:worker_threads';
import { loadVerificationKey, type VerificationKey } from '../../signing/index.js';
import { sample } from '../../codecs/ceb/sample/sample.js';
import { inspectMessage } from './inspect-message.js';
import type { InspectReply, InspectRequest } from './intake-pool.js';

/**
 * A thread of the intake pool: answers `InspectRequest`s with `inspectMessage`, exactly as the main thread would.
 * Keys arrive as PEM with each request and are parsed once per thread (SM2 keys then build their tables here).
 * Anything but a coded answer is reported as `retry`, and the main thread runs the message itself.
 */

const MAX_KEYS = 1000;
const keys = new Map<string, VerificationKey>();

function keyOf(keyName: string, pem: string): VerificationKey {
  const id = `${keyName}\n${pem}`;
  let key = keys.get(id);
  if (!key) {
    if (keys.size >= MAX_KEYS) keys.clear();
    key = loadVerificationKey(pem, { keyName, precompute: 'eager' });
    keys.set(id, key);
  }
  return key;
}

function answer(request: InspectRequest): InspectReply {
  try {
    const trusted = new Map(request.keys.map((k) => [k.keyName, k]));
    const trust = (keyName: string) => {
      const k = trusted.get(keyName);
      return k ? keyOf(k.keyName, k.pem) : undefined;
    };
    return { id: request.id, inspection: inspectMessage(request.body, request.sender, trust, request.signatures) };
  } catch {
    return { id: request.id, retry: true };
  }
}

/** Compiles the XSD validators and decoders of the import declarations before the first real message. */
function warmUp(): void {
  for (const type of ['CEB311', 'CEB411', 'CEB511', 'CEB621'] as const) {
    try {
      inspectMessage(sample(type), { role: 'ebp', code: '' }, () => undefined, 'xsd-required');
    } catch {
      // a warm-up only
    }
  }
}

const port = parentPort;
if (port) {
  port.on('message', (request: InspectRequest) => {
    const reply = answer(request);
    try {
      port.postMessage(reply);
    } catch {
      port.postMessage({ id: request.id, retry: true } satisfies InspectReply); // an answer that does not clone
    }
  });
  warmUp();
  port.postMessage({ ready: true } satisfies InspectReply);
}
