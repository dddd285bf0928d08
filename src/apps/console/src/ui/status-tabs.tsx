import type { ReactNode } from 'react';
import { Icon } from './icons.js';

/** A row of toggle buttons choosing one status; the pages of failed jobs, failed steps and deliveries share it. */
export function StatusTabs<S extends string>({
  legend,
  options,
  value,
  label,
  onChange,
}: {
  readonly legend: string;
  readonly options: readonly S[];
  readonly value: S;
  readonly label: (option: S) => ReactNode;
  readonly onChange: (option: S) => void;
}) {
  return (
    <fieldset className="tabs">
      <legend className="sr-only">{legend}</legend>
      {options.map((option) => (
        <button key={option} type="button" className="tab" aria-pressed={value === option} onClick={() => onChange(option)}>
          {label(option)}
        </button>
      ))}
    </fieldset>
  );
}

/** The polite live region that announces a finished action (e.g. "replayed"), read out by screen readers. */
export function SuccessNotice({ message }: { readonly message: string | null }) {
  return (
    <div aria-live="polite" className="live-region">
      {message && (
        <p className="notice notice-success">
          <Icon name="check" /> {message}
        </p>
      )}
    </div>
  );
}
