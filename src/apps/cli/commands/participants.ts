import { Option } from 'commander';
import { ROLES, type Role } from '../../../domain/participants/index.js';
import type { Participant } from '../../../ports/participants.port.js';
import { createParticipant, issueApiKey } from '../../../workflows/participants/participants.workflow.js';
import { participantView } from '../../api/schemas.js';
import type { RegisterCommand } from '../command.js';
import { printJson } from '../io.js';
import { withStore } from '../with-store.js';

function table(participants: Participant[]): string {
  const rows = participants.map((p) => [p.id, p.role, p.code, p.disabledAt ? 'disabled' : 'active', p.name]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), 4));
  return rows.map((r) => r.map((c, i) => (i < 4 ? c.padEnd(widths[i]!) : c)).join('  ')).join('\n');
}

export const registerParticipants: RegisterCommand = (parent, ctx) => {
  const group = parent.command('participants').description('Parties of cross-border trade and their API keys');

  group
    .command('create')
    .description('Register a participant under its customs code and print its first API key (shown once)')
    .addOption(new Option('--role <role>', 'what the party is').choices(ROLES).makeOptionMandatory())
    .requiredOption('--code <code>', 'registered customs code (customs: 4-digit district code)')
    .requiredOption('--name <name>', 'registered name')
    .option('--callback-url <url>', 'where receipts and events are delivered')
    .option('--json', 'print JSON')
    .action(async (opts: { role: Role; code: string; name: string; callbackUrl?: string; json?: boolean }) => {
      const created = await withStore(ctx, (store) =>
        createParticipant(store, { role: opts.role, code: opts.code, name: opts.name, callbackUrl: opts.callbackUrl }),
      );
      const view = { participant: participantView(created.participant), apiKey: created.apiKey };
      if (opts.json) return printJson(ctx.io, view);
      ctx.io.out(`Registered ${created.participant.role} ${created.participant.code} as ${created.participant.id}`);
      ctx.io.out(`API key (shown once, store it now): ${created.apiKey?.key}`);
    });

  group
    .command('list')
    .description('List participants')
    .addOption(new Option('--role <role>', 'only this role').choices(ROLES))
    .option('--limit <n>', 'at most this many', (v) => Number.parseInt(v, 10), 200)
    .option('--json', 'print JSON')
    .action(async (opts: { role?: Role; limit: number; json?: boolean }) => {
      const list = await withStore(ctx, (store) =>
        store.participants.list({ limit: opts.limit, ...(opts.role && { role: opts.role }) }),
      );
      if (opts.json) return printJson(ctx.io, list.map(participantView));
      ctx.io.out(list.length ? table(list) : 'No participants.');
    });

  group
    .command('key')
    .description('Issue another API key for a participant (shown once)')
    .argument('<participantId>', 'the participant id (par_…)')
    .option('--label <label>', 'what the key is for')
    .option('--json', 'print JSON')
    .action(async (participantId: string, opts: { label?: string; json?: boolean }) => {
      const issued = await withStore(ctx, (store) => issueApiKey(store, participantId, opts.label ?? null));
      if (opts.json) return printJson(ctx.io, issued);
      ctx.io.out(`API key ${issued.id} (shown once): ${issued.key}`);
    });
};
