import { checkResidentId, maskIdNumber } from '../../../domain/identity/index.js';
import { chinaDate, redactReason } from '../../../workflows/tariff/tax-quote.js';
import type { RegisterCommand } from '../command.js';
import { printJson } from '../io.js';

export const registerIdentity: RegisterCommand = (parent, ctx) => {
  const group = parent.command('id').description("Buyer identity (订购人): the resident identity number's checks");

  group
    .command('check')
    .description(
      'Check an 18-character resident identity number (GB 11643: region, birth date, ISO 7064 MOD 11-2 check ' +
        'character); exit 0 when valid, 1 otherwise. The number is printed masked.',
    )
    .argument('<number>', 'the identity number, e.g. 11010519491231002X')
    .option('--json', 'print the result as JSON')
    .action((number: string, opts: { json?: boolean }) => {
      const result = checkResidentId(number.trim(), { today: chinaDate(Date.now()) });
      const masked = maskIdNumber(number);
      const reasons = result.ok ? [] : result.reasons.map((r) => redactReason(r, number));
      ctx.exitCode = result.ok ? 0 : 1;
      if (opts.json) {
        return printJson(ctx.io, {
          idNumber: masked,
          valid: result.ok,
          ...(result.ok && { checkCharacter: result.value.checkCharacter }),
          reasons,
        });
      }
      if (result.ok) {
        ctx.io.out(`${masked}: valid resident identity number (check character ${result.value.checkCharacter})`);
        return;
      }
      ctx.io.out(`${masked}: invalid`);
      for (const r of reasons) ctx.io.out(`  - ${r.message} [${r.code}]`);
    });
};
