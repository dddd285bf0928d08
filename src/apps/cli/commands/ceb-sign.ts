import { readFile, writeFile } from 'node:fs/promises';
import { Option } from 'commander';
import { AppError } from '../../../kernel/errors/index.js';
import { readSigningKeyFile, removeSignature, type SignatureAlgorithm, signMessage } from '../../../signing/index.js';
import type { RegisterCommand } from '../command.js';

/** `ceb sign FILE --key PEM`: adds the enveloped XML signature of the customs standard (ceb-messages.md §5). */

interface SignCliOptions {
  key: string;
  alg?: 'sm2' | 'rsa';
  keyName?: string;
  cert?: string;
  out?: string;
  sm2Encoding: 'der' | 'raw';
  passphraseEnv?: string;
  replace?: boolean;
}

const ALGORITHMS: Readonly<Record<'sm2' | 'rsa', SignatureAlgorithm>> = { sm2: 'sm2-sm3', rsa: 'rsa-sha1' };

export async function readMessageFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? `no such file ${path}` : `cannot read ${path}`;
    throw new AppError('signing.input_rejected', { reason }, { cause: error });
  }
}

export const registerCebSign: RegisterCommand = (parent, ctx) => {
  parent
    .command('sign')
    .description('Sign a customs message (SM2-with-SM3 for the 2022 edition, RSA-SHA1 for 2018)')
    .argument('<file>', 'the unsigned CEB message (XML)')
    .requiredOption('--key <pem>', 'private key PEM (SM2 PKCS#8/SEC1 or RSA); a certificate in the same file is used too')
    .addOption(new Option('--alg <alg>', 'signature algorithm; must match the key (default: from the key)').choices(['sm2', 'rsa']))
    .option('--key-name <name>', 'ds:KeyName (default: the certificate serial number, hex)')
    .option('--cert <pem>', 'signer certificate PEM, embedded as ds:X509Certificate')
    .option('-o, --out <file>', 'write the signed message here (default: stdout)')
    .addOption(
      new Option('--sm2-encoding <enc>', 'SM2 SignatureValue encoding: DER SEQUENCE{r,s} or 64-byte r||s')
        .choices(['der', 'raw'])
        .default('der'),
    )
    .option('--passphrase-env <var>', 'read the key passphrase from this environment variable')
    .option('--replace', 'replace a signature the message already carries (e.g. the placeholder of `ceb sample`)')
    .addHelpText(
      'after',
      '\nThe signature is inserted where the official XSD puts ds:Signature; nothing else in the file changes.' +
        '\nExample: crossgate ceb sign CEB311.xml --key sm2.pem --cert sm2-cert.pem -o CEB311.signed.xml',
    )
    .action(async (file: string, opts: SignCliOptions) => {
      const passphrase = opts.passphraseEnv ? (ctx.env ?? process.env)[opts.passphraseEnv] : undefined;
      if (opts.passphraseEnv && passphrase === undefined) {
        throw new AppError('signing.invalid_option', { option: '--passphrase-env', reason: `${opts.passphraseEnv} is not set` });
      }
      const [xml, key] = await Promise.all([
        readMessageFile(file),
        readSigningKeyFile(opts.key, {
          ...(opts.keyName === undefined ? {} : { keyName: opts.keyName }),
          ...(opts.cert === undefined ? {} : { certificatePath: opts.cert }),
          ...(passphrase === undefined ? {} : { passphrase }),
        }),
      ]);
      const algorithm = opts.alg ? ALGORITHMS[opts.alg] : undefined;
      const signed = signMessage(opts.replace ? removeSignature(xml) : xml, key, {
        ...(algorithm === undefined ? {} : { algorithm }),
        sm2SignatureEncoding: opts.sm2Encoding,
      });
      if (opts.out) {
        await writeFile(opts.out, signed, 'utf8');
        ctx.io.err(`signed ${file} (${algorithm ?? (key.type === 'sm2' ? 'sm2-sm3' : 'rsa-sha1')}, KeyName ${opts.keyName ?? key.keyName}) -> ${opts.out}`);
      } else {
        ctx.io.out(signed);
      }
      ctx.exitCode = 0;
    });
};
