import { generateKeyPairSync } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import {
  loadSigningKey,
  type SigningKey,
  Sm2PrivateKey,
  signMessage,
  type VerificationKey,
  verificationKeyOf,
  verifyMessage,
} from '../../src/signing/index.js';
import { unsignedSample } from '../../src/signing/testing/samples.js';
import { type BenchContext, type BenchRow, defineScenario, row } from '../registry.js';

/**
 * Signing scenarios (owner: signing). Each message-level rate is printed beside the bare primitive of the same
 * algorithm over the same message bytes, measured in the same run ("bound"): SM2-with-SM3 (Z_A + SM3 + EC) or
 * RSASSA-PKCS1-v1_5 — no XML, no canonicalisation, no base64.
 */

interface Subject {
  readonly algorithm: string;
  readonly key: SigningKey;
  readonly xml: string;
}

function sm2Key(): SigningKey {
  const pair = sm2.generateKeyPairHex();
  return new Sm2PrivateKey(pair.privateKey, { keyName: 'bench-sm2' });
}

function rsaKey(bits: number): SigningKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  return loadSigningKey(privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), { keyName: `bench-rsa-${bits}` });
}

function subjects(): Subject[] {
  const sm2Xml = unsignedSample('202205', 'import', '311');
  const rsaXml = unsignedSample('2018', 'import', '311');
  return [
    { algorithm: 'sm2-sm3', key: sm2Key(), xml: sm2Xml },
    { algorithm: 'rsa-sha1 (1024)', key: rsaKey(1024), xml: rsaXml },
    { algorithm: 'rsa-sha1 (2048)', key: rsaKey(2048), xml: rsaXml },
  ];
}

function rawSign(key: SigningKey, bytes: Uint8Array): Buffer {
  return key.type === 'sm2' ? key.sign(bytes) : key.sign(bytes, 'sha1');
}

function rawVerify(trust: VerificationKey, bytes: Uint8Array, signature: Uint8Array): boolean {
  return trust.type === 'sm2' ? trust.verify(bytes, signature) : trust.verify(bytes, signature, 'sha1');
}

function assertValid(xml: string, trust: VerificationKey): void {
  const result = verifyMessage(xml, trust);
  if (!result.valid) throw new Error(`bench setup: signature does not verify: ${result.reason?.message}`);
}

export const signScenario = defineScenario({
  name: 'ceb.sign',
  owner: 'signing',
  description: 'signMessage on the official CEB311 sample (~10 KB, Chinese text) vs the bare signature primitive',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    for (const { algorithm, key, xml } of subjects()) {
      assertValid(signMessage(xml, key), verificationKeyOf(key));
      const bytes = Buffer.from(xml, 'utf8');
      ctx.log(`ceb.sign ${algorithm}`);
      const message = await ctx.measure(() => signMessage(xml, key));
      const raw = await ctx.measure(() => rawSign(key, bytes));
      rows.push(row('ceb.sign', { algorithm }, message, raw));
    }
    return rows;
  },
});

export const verifyScenario = defineScenario({
  name: 'ceb.verify',
  owner: 'signing',
  description: 'verifyMessage with a registered (cached) key, and with a cold key (no SM2 tables), vs the bare primitive',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    for (const { algorithm, key, xml } of subjects()) {
      const signed = signMessage(xml, key);
      const bytes = Buffer.from(xml, 'utf8');
      const rawSignature = rawSign(key, bytes);
      const cached = verificationKeyOf(key, 'eager');
      assertValid(signed, cached);
      ctx.log(`ceb.verify ${algorithm}`);
      const message = await ctx.measure(() => verifyMessage(signed, cached));
      const raw = await ctx.measure(() => rawVerify(cached, bytes, rawSignature));
      rows.push(row('ceb.verify', { algorithm }, message, raw));
      if (key.type !== 'sm2') continue;
      const cold = verificationKeyOf(key, 'never');
      ctx.log(`ceb.verify.cold-key ${algorithm}`);
      const coldMessage = await ctx.measure(() => verifyMessage(signed, cold));
      const coldRaw = await ctx.measure(() => rawVerify(cold, bytes, rawSignature));
      rows.push(row('ceb.verify.cold-key', { algorithm }, coldMessage, coldRaw));
    }
    return rows;
  },
});

export const signingScenarios = [signScenario, verifyScenario] as const;
