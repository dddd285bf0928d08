import { Option } from 'commander';
import { AppError, isAppError } from '../../../kernel/errors/index.js';
import {
  loadKeyStore,
  readVerificationKeyFile,
  type TrustSource,
  type VerificationResult,
  verifyMessage,
} from '../../../signing/index.js';
import type { RegisterCommand } from '../command.js';
import { printJson } from '../io.js';
import { readMessageFile } from './ceb-sign.js';

/**
 * `ceb verify FILE --cert PEM`: checks the message's enveloped signature. Exit 0 valid, 1 invalid, 2 when the
 * message or key cannot be used at all (so scripts can tell "forged" from "could not check").
 */

interface VerifyCliOptions {
  cert?: string;
  keys?: string;
  sm2Encoding: 'auto' | 'der' | 'raw';
  json?: boolean;
}

async function trustFrom(opts: VerifyCliOptions): Promise<TrustSource> {
  if (opts.cert) return readVerificationKeyFile(opts.cert, { precompute: 'never' });
  if (opts.keys) return (await loadKeyStore(opts.keys, 'auto')).resolve;
  throw new AppError('signing.invalid_option', { option: '--cert', reason: 'give --cert PEM or --keys DIR' });
}

function describe(file: string, result: VerificationResult): string {
  const who = result.keyName ? `KeyName ${result.keyName}` : 'no KeyName';
  if (result.valid) return `${file}: valid signature (${result.algorithm}, ${who})`;
  return `${file}: INVALID signature (${result.algorithm}, ${who}): ${result.reason?.message} [${result.reason?.code}]`;
}

export const registerCebVerify: RegisterCommand = (parent, ctx) => {
  parent
    .command('verify')
    .description('Verify the signature of a customs message; exit 0 valid, 1 invalid, 2 unusable input')
    .argument('<file>', 'the signed CEB message (XML)')
    .option('--cert <pem>', 'trusted signer certificate or public key PEM (SM2 or RSA)')
    .option('--keys <dir>', 'directory of trusted certificates/public keys, matched by ds:KeyName')
    .addOption(
      new Option('--sm2-encoding <enc>', 'how to read an SM2 SignatureValue (auto: 64 bytes = r||s, else DER)')
        .choices(['auto', 'der', 'raw'])
        .default('auto'),
    )
    .option('--json', 'print {file, valid, keyName, algorithm, reason} as JSON')
    .addHelpText('after', '\nExample: crossgate ceb verify CEB311.signed.xml --cert sm2-cert.pem --json')
    .action(async (file: string, opts: VerifyCliOptions) => {
      try {
        const [xml, trust] = await Promise.all([readMessageFile(file), trustFrom(opts)]);
        const result = verifyMessage(xml, trust, { sm2SignatureEncoding: opts.sm2Encoding });
        if (opts.json) printJson(ctx.io, { file, ...result });
        else ctx.io.out(describe(file, result));
        ctx.exitCode = result.valid ? 0 : 1;
      } catch (error) {
        if (!isAppError(error)) throw error;
        if (opts.json) printJson(ctx.io, { file, valid: false, error: { code: error.code, message: error.message } });
        ctx.io.err(`crossgate: ${error.message} [${error.code}]`);
        ctx.exitCode = 2;
      }
    });
};
