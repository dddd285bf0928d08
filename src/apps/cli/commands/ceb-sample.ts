import { writeFile } from 'node:fs/promises';
import { Option } from 'commander';
import { type CebMessageType, type Edition, messageDef, messageTypes, sample } from '../../../codecs/ceb/index.js';
import { AppError } from '../../../kernel/errors/index.js';
import type { RegisterCommand } from '../command.js';

/** `ceb sample TYPE`: a valid, internally consistent example of any message type. */

/** Accepts `CEB311`, `ceb311`, `311`, `CEB311Message`, `dxpmsg` … */
export function resolveMessageType(input: string, edition: Edition): CebMessageType {
  const wanted = input.trim().replace(/Message$/i, '').toUpperCase();
  const code = /^\d{3}$/.test(wanted) ? `CEB${wanted}` : wanted;
  const found = messageTypes(edition).find((t) => t.toUpperCase() === code);
  if (found) return found;
  if (messageTypes('202205').some((t) => t.toUpperCase() === code)) throw new AppError('ceb.edition_mismatch', { type: code, edition });
  throw new AppError('ceb.unknown_message', { element: input, hint: '; `crossgate ceb sample --list` shows the types' });
}

export const registerCebSample: RegisterCommand = (parent, ctx) => {
  parent
    .command('sample')
    .description('Print a valid example of a customs message type (XSD-validated)')
    .argument('[type]', 'message type: CEB311 … CEB792, DxpMsg, DxpRep, DxpMsgSv (also 311, CEB311Message)')
    .addOption(new Option('--edition <edition>', 'spec edition').choices(['2018', '202205']).default('202205'))
    .option('--list', 'list the message types of the edition')
    .option('-o, --out <file>', 'write the sample here (default: stdout)')
    .addHelpText(
      'after',
      '\nThe samples of one edition share one story (order, payment, waybill, inventory, tax bill …) so their' +
        '\nkeys and amounts agree. Types whose XSD requires a signature carry a placeholder ds:Signature: sign' +
        '\nthe file (crossgate ceb sign) before sending it.\nExample: crossgate ceb sample CEB621 -o CEB621.xml',
    )
    .action(async (type: string | undefined, opts: { edition: Edition; list?: boolean; out?: string }) => {
      if (opts.list || !type) {
        const rows = messageTypes(opts.edition).map((t) => `${t.padEnd(9)} ${messageDef(t, opts.edition)?.direction.padEnd(9)} ${messageDef(t, opts.edition)?.doc ?? ''}`);
        ctx.io.out(rows.join('\n'));
        ctx.exitCode = opts.list ? 0 : 1;
        if (!opts.list) ctx.io.err('error: missing argument type (see the list above)');
        return;
      }
      const xml = sample(resolveMessageType(type, opts.edition), opts.edition);
      if (opts.out) {
        await writeFile(opts.out, xml, 'utf8');
        ctx.io.err(`sample ${type} (${opts.edition}) -> ${opts.out}`);
      } else {
        ctx.io.out(xml);
      }
      ctx.exitCode = 0;
    });
};
