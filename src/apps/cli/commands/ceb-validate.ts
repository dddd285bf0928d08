import { Option } from 'commander';
import { type CebValidation, type Edition, validateCeb, type XmlLimits } from '../../../codecs/ceb/index.js';
import { readMessageBytes } from '../../../codecs/ceb/read-file.js';
import { isAppError } from '../../../kernel/errors/index.js';
import type { RegisterCommand } from '../command.js';
import { printJson, progress } from '../io.js';

/** `ceb validate FILE...`: official-XSD validation of CEB and DXP messages; exit 0 only when all are valid. */

interface ValidateCliOptions {
  json?: boolean;
  edition?: Edition;
  maxBytes?: number;
  maxDepth?: number;
}

/** One line of `--json` output. */
export interface FileValidation {
  file: string;
  valid: boolean;
  message: string | null;
  edition: Edition | null;
  errors: { code: string; path: string; message: string }[];
}

const PROGRESS_FROM = 10;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`not a positive integer: ${value}`);
  return n;
}

async function validateFile(file: string, edition: Edition | undefined, limits: Partial<XmlLimits>): Promise<FileValidation> {
  let result: CebValidation;
  try {
    const bytes = await readMessageBytes(file, limits);
    result = validateCeb(bytes, { ...(edition ? { edition } : {}), limits });
  } catch (error) {
    const code = isAppError(error) ? error.code : 'ceb.file_unreadable';
    const message = error instanceof Error ? error.message : String(error);
    result = { valid: false, message: null, edition: null, errors: [{ code, path: '/', message }] };
  }
  return {
    file,
    valid: result.valid,
    message: result.message,
    edition: result.edition,
    errors: result.errors.map((e) => ({ code: e.code, path: e.path, message: e.message })),
  };
}

function describe(r: FileValidation): string {
  const what = r.message ? `${r.message} (${r.edition})` : 'not a CEB message';
  if (r.valid) return `✓ ${r.file}: ${what} valid`;
  const lines = r.errors.map((e) => `    ${e.code} ${e.path}: ${e.message}`);
  return [`✗ ${r.file}: ${what}, ${r.errors.length} error${r.errors.length === 1 ? '' : 's'}`, ...lines].join('\n');
}

export const registerCebValidate: RegisterCommand = (parent, ctx) => {
  parent
    .command('validate')
    .description('Validate customs messages (CEB, DxpMsg, DxpRep) against the official XSDs')
    .argument('<files...>', 'message files (XML)')
    .option('--json', 'print a JSON array of {file, valid, message, edition, errors: [{code, path, message}]}')
    .addOption(
      new Option('--edition <edition>', 'validate against this edition (default: as the document says, else 202205)').choices(['2018', '202205']),
    )
    .option('--max-bytes <n>', 'refuse larger files (default 4194304)', positiveInt)
    .option('--max-depth <n>', 'refuse deeper XML nesting (default 64)', positiveInt)
    .addHelpText(
      'after',
      '\nExit status: 0 when every file is valid, 1 otherwise. DOCTYPEs, entities, oversized and absurdly nested' +
        '\ndocuments are rejected with a coded error before any parsing.' +
        '\nExample: crossgate ceb validate out/*.xml --json',
    )
    .action(async (files: string[], opts: ValidateCliOptions) => {
      const limits: Partial<XmlLimits> = {
        ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
        ...(opts.maxDepth ? { maxDepth: opts.maxDepth } : {}),
      };
      const bar = progress(ctx.io, 'validate', files.length, files.length < PROGRESS_FROM);
      const results: FileValidation[] = [];
      for (const file of files) {
        results.push(await validateFile(file, opts.edition, limits));
        bar.tick();
      }
      bar.stop();
      if (opts.json) printJson(ctx.io, results);
      else {
        for (const r of results) ctx.io.out(describe(r));
        const invalid = results.filter((r) => !r.valid).length;
        if (results.length > 1) ctx.io.out(`${results.length} files: ${results.length - invalid} valid, ${invalid} invalid`);
      }
      ctx.exitCode = results.every((r) => r.valid) ? 0 : 1;
    });
};
