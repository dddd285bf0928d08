import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

describe('logger', () => {
  it('redacts personal data and keys at any of the first three levels', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = createLogger('info', sink);
    log.info(
      {
        buyerIdNumber: '110101199003070011',
        order: { buyerTelephone: '13800138000', buyerName: '张三', consigneeAddress: '北京市海淀区1号', orderNo: 'O-1' },
        deal: { waybill: { consignee: '李四', telephone: '13900139000' } },
      },
      'declared',
    );
    const text = lines.join('');
    for (const secret of ['110101199003070011', '13800138000', '张三', '北京市海淀区1号', '李四', '13900139000']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('O-1');
    expect(text).toContain('[redacted]');
  });

  it('masks ID numbers and phones inside logged request URLs', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    createLogger('info', sink).info({ req: { method: 'GET', url: '/v1/single-window/quota/11010519491231002X?tel=13800138000' } }, 'incoming request');
    const text = lines.join('');
    expect(text).not.toContain('11010519491231002X');
    expect(text).not.toContain('13800138000');
    expect(text).toContain('/v1/single-window/quota/1101**********002X');
  });

  it('leaves a free-text search out of logged request URLs (it may be a buyer’s name)', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    createLogger('info', sink).info({ req: { method: 'GET', url: `/v1/deals?status=released&q=${encodeURIComponent('张伟')}&limit=25` } }, 'incoming request');
    const text = lines.join('');
    expect(text).toContain('/v1/deals?status=released&q=[redacted]&limit=25');
  });
});
