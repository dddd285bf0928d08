/**
 * The shape of one entry of the error catalogue: a stable dotted code, the HTTP status it maps to at the edge,
 * a message template (`{name}` placeholders filled from details) and the log level an occurrence deserves.
 */
export interface ErrorSpec {
  readonly status: number;
  readonly message: string;
  readonly level?: 'debug' | 'info' | 'warn' | 'error';
}

export type ErrorSection = Readonly<Record<string, ErrorSpec>>;

/** Declares a section of the catalogue; keeps the literal code names for type-checked use. */
export function defineErrors<const T extends ErrorSection>(section: T): T {
  return section;
}
