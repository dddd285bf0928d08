import { parentPort } from 'node:worker_threads';

/** An intake-pool thread that dies on its first request (tests of the pool's recovery). */
parentPort?.on('message', () => {
  process.exit(3);
});
