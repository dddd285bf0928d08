import type { Role } from '../participants/index.js';

/** What the registry knows about an enterprise code: the roles it is registered in. */
export interface RegisteredEnterprise {
  readonly code: string;
  readonly name?: string;
  readonly roles: readonly Role[];
}

/** Looks an enterprise code up; undefined when the code is not registered (or is disabled). Passed in as data. */
export type EnterpriseRegistry = (code: string) => RegisteredEnterprise | undefined;

/** A registry over a fixed list, for tests and for callers that already hold the rows. */
export function registryFromList(entries: readonly RegisteredEnterprise[]): EnterpriseRegistry {
  const byCode = new Map<string, RegisteredEnterprise>();
  for (const e of entries) {
    const known = byCode.get(e.code);
    byCode.set(e.code, known === undefined ? e : { ...known, roles: [...known.roles, ...e.roles] });
  }
  return (code) => byCode.get(code);
}
