import type { ReactNode } from 'react';

/** The palette the charts share with the stylesheet (calm blues and teals; red only for rejections). */
export const COLORS = {
  primary: '#2f5fc4',
  secondary: '#1b9a86',
  muted: '#9aa8bb',
  warning: '#c9821b',
  danger: '#c2413a',
  grid: '#e6eaf0',
  text: '#4a5668',
} as const;

/** A chart with its title as a figure caption and a sentence for screen readers. */
export function ChartCard({
  title,
  summary,
  empty,
  children,
  wide = false,
  testId,
}: {
  readonly title: string;
  readonly summary: string;
  readonly empty?: string | null;
  readonly children: ReactNode;
  readonly wide?: boolean;
  readonly testId?: string;
}) {
  return (
    <figure className={`card chart-card ${wide ? 'span-2' : ''}`} {...(testId && { 'data-testid': testId })}>
      <figcaption className="chart-title">{title}</figcaption>
      {empty ? (
        <p className="chart-empty">{empty}</p>
      ) : (
        <>
          <p className="sr-only">{summary}</p>
          <div className="chart-body" aria-hidden="true">
            {children}
          </div>
        </>
      )}
    </figure>
  );
}
