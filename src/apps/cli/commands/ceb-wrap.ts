import { writeFile } from 'node:fs/promises';
import { Option } from 'commander';
import { type Edition, unwrapDxp, wrapDxp } from '../../../codecs/ceb/index.js';
import { readMessageBytes } from '../../../codecs/ceb/read-file.js';
import type { RegisterCommand } from '../command.js';
import { printJson } from '../io.js';

/** `ceb wrap` / `ceb unwrap`: the DxpMsg transport envelope (business XML base64 in Data), validated both ways. */

interface WrapCliOptions {
  sender: string;
  receiver: string[];
  type?: string;
  copMsgId?: string;
  fileName?: string;
  edition?: Edition;
  out?: string;
}

async function emit(text: string, out: string | undefined, ctx: Parameters<RegisterCommand>[1], what: string): Promise<void> {
  if (out) {
    await writeFile(out, text, 'utf8');
    ctx.io.err(`${what} -> ${out}`);
  } else {
    ctx.io.out(text);
  }
}

export const registerCebWrap: RegisterCommand = (parent, ctx) => {
  parent
    .command('wrap')
    .description('Wrap a customs message in a DxpMsg transport envelope (terminal node)')
    .argument('<file>', 'the business message (XML), validated before wrapping')
    .requiredOption('--sender <id>', 'sender DXP id (SenderId)')
    .requiredOption('--receiver <id...>', 'receiver DXP id(s), up to 5 (customs import: DXPEDCCEB0000002)')
    .option('--type <msgType>', 'MsgType (default: the root element, e.g. CEB311Message)')
    .option('--cop-msg-id <id>', 'CopMsgId (default: a new UUID)')
    .option('--file-name <name>', 'AddInfo/FileName (default: <MsgType>_<CopMsgId>.xml)')
    .addOption(new Option('--edition <edition>', 'edition of the business message').choices(['2018', '202205']))
    .option('-o, --out <file>', 'write the envelope here (default: stdout)')
    .addHelpText('after', '\nExample: crossgate ceb wrap CEB311.xml --sender DXPENT0000000001 --receiver DXPEDCCEB0000002 -o out.xml')
    .action(async (file: string, opts: WrapCliOptions) => {
      const xml = wrapDxp(await readMessageBytes(file), {
        senderId: opts.sender,
        receiverIds: opts.receiver,
        ...(opts.type ? { msgType: opts.type } : {}),
        ...(opts.copMsgId ? { copMsgId: opts.copMsgId } : {}),
        ...(opts.fileName !== undefined ? { fileName: opts.fileName } : {}),
        ...(opts.edition ? { edition: opts.edition } : {}),
      });
      await emit(xml, opts.out, ctx, `wrapped ${file}`);
      ctx.exitCode = 0;
    });
};

export const registerCebUnwrap: RegisterCommand = (parent, ctx) => {
  parent
    .command('unwrap')
    .description('Print the customs message carried in a DxpMsg envelope (the envelope is validated first)')
    .argument('<file>', 'the DxpMsg envelope (XML)')
    .option('--json', 'print the envelope fields and the payload as JSON')
    .option('-o, --out <file>', 'write the business message here (default: stdout)')
    .addHelpText('after', '\nExample: crossgate ceb unwrap received.xml -o CEB312.xml')
    .action(async (file: string, opts: { json?: boolean; out?: string }) => {
      const { envelope, payload, detected } = unwrapDxp(await readMessageBytes(file));
      if (opts.json) {
        const t = envelope.TransInfo;
        printJson(ctx.io, {
          copMsgId: t.CopMsgId,
          senderId: t.SenderId,
          receiverIds: t.ReceiverIds.ReceiverId,
          createdAt: t.CreatTime,
          msgType: t.MsgType,
          fileName: envelope.AddInfo?.FileName ?? null,
          message: detected?.type ?? null,
          edition: detected?.edition ?? null,
          payload,
        });
      } else {
        await emit(payload, opts.out, ctx, `unwrapped ${file}${detected ? ` (${detected.type})` : ''}`);
      }
      ctx.exitCode = 0;
    });
};
