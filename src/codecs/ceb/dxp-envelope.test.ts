import { describe, expect, it } from 'vitest';
import { isAppError } from '../../kernel/errors/index.js';
import { chinaDateTime, unwrapDxp, wrapDxp } from './dxp-envelope.js';
import { codecFor } from './registry.js';
import { sample } from './sample/sample.js';
import { readSample } from './testing/samples.js';
import { validateCeb } from './validate.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isAppError(error) ? error.code : String(error);
  }
  return undefined;
}

describe('DxpMsg envelope', () => {
  const business = readSample('202205', 'import', 'CEB311Message.xml').toString('utf8');
  const options = { senderId: 'DXPENT0000000001', receiverIds: 'DXPEDCCEB0000002', copMsgId: 'msg-1', createdAt: new Date('2024-05-01T02:30:00Z') };

  it('wraps a business message into a DxpMsg valid against the terminal-node XSD', () => {
    const xml = wrapDxp(business, options);
    expect(validateCeb(xml)).toMatchObject({ valid: true, message: 'DxpMsg' });
    const envelope = codecFor('DxpMsg').decode(xml);
    expect(envelope.TransInfo).toEqual({
      CopMsgId: 'msg-1',
      SenderId: 'DXPENT0000000001',
      ReceiverIds: { ReceiverId: ['DXPEDCCEB0000002'] },
      CreatTime: '2024-05-01T10:30:00',
      MsgType: 'CEB311Message',
    });
    expect(envelope.AddInfo).toEqual({ FileName: 'CEB311Message_msg-1.xml' });
  });

  it('unwraps to the exact business bytes and detects what they are', () => {
    const unwrapped = unwrapDxp(wrapDxp(business, options));
    expect(unwrapped.payload).toBe(business);
    expect(unwrapped.detected).toMatchObject({ type: 'CEB311', direction: 'import' });
  });

  it('refuses to wrap an invalid business message and to unwrap a broken envelope', () => {
    expect(codeOf(() => wrapDxp(readSample('202205', 'export', 'CEB303Message.xml'), options))).toBe('ceb.schema_invalid');
    expect(codeOf(() => wrapDxp('<!DOCTYPE x><x/>', options))).toBe('ceb.doctype_forbidden');
    expect(codeOf(() => wrapDxp(business, { ...options, senderId: 'X'.repeat(17) }))).toBe('ceb.encode_invalid');
    const notUtf8 = wrapDxp(business, options).replace(/<dxp:Data>[^<]*</, '<dxp:Data>//79<');
    expect(codeOf(() => unwrapDxp(notUtf8))).toBe('ceb.envelope_data_invalid');
    expect(codeOf(() => unwrapDxp(business))).toBe('ceb.message_mismatch');
  });

  it('decodes and re-encodes DxpRep and DxpMsgSv samples', () => {
    for (const type of ['DxpRep', 'DxpMsgSv'] as const) {
      const xml = sample(type);
      expect(codecFor(type).encode(codecFor(type).decode(xml) as never)).toBe(xml);
    }
  });

  it('writes China time without offset', () => {
    expect(chinaDateTime(new Date('2024-12-31T20:00:00Z'))).toBe('2025-01-01T04:00:00');
  });
});
