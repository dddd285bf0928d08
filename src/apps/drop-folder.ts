import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { isAppError } from '../kernel/errors/index.js';
import type { Participant } from '../ports/participants.port.js';
import type { Store } from '../ports/store.port.js';
import { receiveMessage, type SingleWindow } from '../workflows/single-window/index.js';

/**
 * The single window's file transport, for senders that exchange files rather than call the API (as the customs
 * clients of enterprises do): each registered sender has a folder `DROP/<role>-<code>/` with
 *   in/        — put declarations here (bare CEB or DxpMsg, *.xml; write elsewhere, then move in);
 *   processing/ — claimed by a Crossgate process;
 *   accepted/  — taken in (the same as HTTP 202), with `<file>.result.json`;
 *   rejected/  — refused (format, sender, signature), with `<file>.result.json` naming the coded error;
 *   receipts/  — every receipt for this sender, as `<seq>-<type>.xml`, in order.
 * The folder is the sender's identity, so the drop folder must be writable only by that sender.
 */
export interface DropFolder {
  scan(): Promise<number>;
  stop(): void;
}

const SENDER_ROLES = new Set(['ebp', 'ebc', 'payment', 'logistics', 'warehouse']);

export async function startDropFolder(
  root: string,
  store: Store,
  sw: SingleWindow,
  log: Logger,
  intervalMs = 1_000,
): Promise<DropFolder> {
  const folderOf = (p: Participant) => join(root, `${p.role}-${p.code}`);
  async function senders(): Promise<Participant[]> {
    const all = await store.participants.list({ limit: 10_000 });
    return all.filter((p) => SENDER_ROLES.has(p.role) && !p.disabledAt);
  }
  for (const p of await senders()) {
    for (const sub of ['in', 'accepted', 'rejected', 'receipts']) await mkdir(join(folderOf(p), sub), { recursive: true });
  }

  async function intake(p: Participant): Promise<number> {
    const dir = folderOf(p);
    const files = (await readdir(join(dir, 'in')).catch(() => [] as string[])).filter((f) => f.endsWith('.xml')).sort();
    await mkdir(join(dir, 'processing'), { recursive: true });
    for (const file of files) {
      // Claim the file first: with several processes on one folder, only one rename succeeds.
      const claimed = join(dir, 'processing', file);
      try {
        await rename(join(dir, 'in', file), claimed);
      } catch {
        continue;
      }
      const body = await readFile(claimed, 'utf8');
      let outcome: 'accepted' | 'rejected';
      let result: unknown;
      try {
        result = await receiveMessage(sw.ctx, sw.senderKeys, p, body);
        outcome = 'accepted';
      } catch (error) {
        if (!isAppError(error)) throw error;
        result = { error: error.toJSON() };
        outcome = 'rejected';
      }
      await mkdir(join(dir, outcome), { recursive: true });
      await rename(claimed, join(dir, outcome, file));
      await writeFile(join(dir, outcome, `${file}.result.json`), `${JSON.stringify(result, null, 2)}\n`);
      log.info({ sender: p.id, file, outcome }, 'drop-folder message');
    }
    return files.length;
  }

  async function receipts(p: Participant): Promise<void> {
    const dir = join(folderOf(p), 'receipts');
    await mkdir(dir, { recursive: true });
    const cursorFile = join(dir, '.cursor');
    const cursor = Number((await readFile(cursorFile, 'utf8').catch(() => '0')).trim()) || 0;
    const batch = await store.swReceipts.since(p.id, cursor, 500);
    for (const r of batch) await writeFile(join(dir, `${String(r.seq).padStart(12, '0')}-${r.messageType}.xml`), r.xml);
    if (batch.length > 0) await writeFile(cursorFile, String(batch.at(-1)?.seq ?? cursor));
  }

  let running = false;
  const scan = async (): Promise<number> => {
    if (running) return 0;
    running = true;
    try {
      let taken = 0;
      for (const p of await senders()) {
        taken += await intake(p);
        await receipts(p);
      }
      return taken;
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => {
    scan().catch((error: unknown) => log.error({ err: error }, 'drop-folder scan failed'));
  }, intervalMs);
  timer.unref();
  return { scan, stop: () => clearInterval(timer) };
}
