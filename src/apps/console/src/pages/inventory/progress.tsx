import type { Inventory } from '../../api/types.js';
import type { MessageKey } from '../../i18n/en.js';
import { statusLabel } from '../../i18n/codes.js';
import { useI18n } from '../../i18n/i18n.js';
import { toneOfStatus } from '../../ui/chips.js';

const TERMINAL_BAD = new Set(['100', '501', '502', '503', '599', '700']);

/** Declared → matched → released → closed, with the time of each step reached; a stop shows where it stopped. */
export function Progress({ inventory: inv }: { readonly inventory: Inventory }) {
  const { t, dateTime } = useI18n();
  const steps: { key: string; label: string; at: string | null; tone?: string }[] = (
    [
      ['declared', 'milestone.declared', inv.declaredAt],
      ['matched', 'milestone.matched', inv.matchedAt],
      ['released', 'milestone.released', inv.releasedAt],
      ['closed', 'milestone.closed', inv.closedAt],
    ] as const
  ).map(([key, label, at]) => ({ key, label: t(label as MessageKey), at }));
  if (TERMINAL_BAD.has(inv.status)) {
    const reached = steps.filter((s) => s.at !== null);
    steps.splice(reached.length, steps.length, {
      key: 'stopped',
      label: statusLabel(t, inv.status),
      at: null,
      tone: toneOfStatus(inv.status),
    });
  }
  const current = steps.findIndex((s) => s.at === null);
  return (
    <section className="progress card" aria-label={t('inventory.progress')}>
      <ol className="progress-steps">
        {steps.map((step, i) => {
          const state = step.tone ? `stopped tone-${step.tone}` : step.at ? 'done' : i === current ? 'current' : 'todo';
          return (
            <li key={step.key} className={`progress-step ${state}`} {...(i === current && !step.tone && { 'aria-current': 'step' as const })}>
              <span className="progress-marker" aria-hidden="true" />
              <span className="progress-label">{step.label}</span>
              <span className="progress-time">{step.at ? dateTime(step.at) : ''}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
