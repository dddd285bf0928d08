import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { RiskPredicate } from '../domain/clearance/index.js';
import { AppError } from '../kernel/errors/index.js';
import type { SingleWindowPolicy } from '../workflows/single-window/index.js';

const money = z.string().regex(/^\d{1,9}(\.\d{1,2})?$/, 'an amount like "5000.00"');

const predicate: z.ZodType<RiskPredicate> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('value-at-least'), amount: money }),
    z.object({ kind: z.literal('hs-chapter'), chapters: z.array(z.string().regex(/^\d{2}$/)).min(1) }),
    z.object({ kind: z.literal('hs-prefix'), prefixes: z.array(z.string().regex(/^\d{2,10}$/)).min(1) }),
    z.object({ kind: z.literal('origin'), countries: z.array(z.string().min(1).max(3)).min(1) }),
    z.object({ kind: z.literal('trade-mode'), modes: z.array(z.string().regex(/^\d{4}$/)).min(1) }),
    z.object({ kind: z.literal('sample'), rate: z.string().regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'a share like "0.05"') }),
    z.object({ kind: z.literal('all'), of: z.array(predicate).min(1) }),
    z.object({ kind: z.literal('any'), of: z.array(predicate).min(1) }),
    z.object({ kind: z.literal('not'), predicate }),
  ]),
);

/** What an operator may set in the single-window policy file (CROSSGATE_SW_POLICY). */
const PolicyFile = z
  .object({
    risk: z
      .object({
        seed: z.string().min(1).optional(),
        rules: z.array(
          z.object({
            id: z.string().min(1).max(64),
            description: z.string().min(1).max(300),
            action: z.enum(['review', 'inspection']),
            when: predicate,
            enabled: z.boolean().optional(),
          }),
        ),
      })
      .optional(),
    signatures: z.enum(['all', 'xsd-required']).optional(),
    autoRelease: z.boolean().optional(),
    waitMinutes: z.number().min(0).max(100_000).optional(),
    limits: z.object({ perOrderLimit: money.optional(), annualLimit: money.optional() }).optional(),
    validateOutgoing: z.enum(['values', 'xsd']).optional(),
    intakeProcessing: z.enum(['inline', 'queued']).optional(),
  })
  .strict();

/**
 * Applies an operator's policy file over the defaults: risk rules (which inventories go to review or inspection),
 * which declarations must be signed, automatic release, the wait for missing documents, the limits, how receipts
 * are checked before they are written, and whether intake processes accepted messages itself or queues them.
 */
export function applyPolicyFile(base: SingleWindowPolicy, path: string): SingleWindowPolicy {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AppError('config.invalid', { name: 'CROSSGATE_SW_POLICY', reason: `${path}: ${(error as Error).message}` });
  }
  const parsed = PolicyFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('config.invalid', {
      name: 'CROSSGATE_SW_POLICY',
      reason: `${path}: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
    });
  }
  const f = parsed.data;
  const limits = { ...base.match.tax.limits, ...f.limits };
  return {
    ...base,
    ...(f.risk && { risk: { seed: f.risk.seed ?? base.risk.seed, rules: f.risk.rules } }),
    ...(f.signatures && { signatures: f.signatures }),
    ...(f.autoRelease !== undefined && { autoRelease: f.autoRelease }),
    ...(f.validateOutgoing && { validateOutgoing: f.validateOutgoing }),
    ...(f.intakeProcessing && { intakeProcessing: f.intakeProcessing }),
    match: {
      ...base.match,
      ...(f.waitMinutes !== undefined && { waitMinutes: f.waitMinutes }),
      tax: { ...base.match.tax, limits },
    },
    quota: { ...base.quota, ...(f.limits?.annualLimit && { annualLimit: f.limits.annualLimit }) },
  };
}
