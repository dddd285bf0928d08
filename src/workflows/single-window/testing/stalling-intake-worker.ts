import { parentPort } from 'node:worker_threads';

/**
 * An intake-pool thread that loads, then runs away (spins forever) on a message whose body starts with `stall`, as
 * a check with catastrophic backtracking would; other bodies are answered as a failed inspection naming them, so a
 * test can tell who answered.
 */
parentPort?.postMessage({ ready: true });
parentPort?.on('message', (request: { id: number; body: string }) => {
  if (request.body.startsWith('stall')) for (;;);
  parentPort?.postMessage({ id: request.id, inspection: { kind: 'failed', error: { code: 'sw.sender_not_allowed', details: { messageType: request.body, reason: 'answered by the thread' }, message: request.body } } });
});
