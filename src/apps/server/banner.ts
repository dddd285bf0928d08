import { nativeSm2 } from '../../signing/native-sm2.js';
import type { Config } from '../config.js';
import type { Platform } from '../platform.js';

/** Which SM2 code signs and verifies: the native addon (OpenSSL and precomputed tables) or the pure-JavaScript fallback. */
export function sm2Path(): string {
  if (nativeSm2) return 'native addon (OpenSSL signing, precomputed verification tables)';
  return process.env.CROSSGATE_SM2_NATIVE === 'off'
    ? 'pure JavaScript (CROSSGATE_SM2_NATIVE=off)'
    : 'pure JavaScript: the native addon is not built (npm run build:native); signing and verifying are slower';
}

/** What a person starting Crossgate needs to see: where it runs, on what, and how to get in. */
export function banner(platform: Platform, config: Config, startMs: number): string {
  const db = config.database.kind === 'pglite' ? `embedded PGlite in ${config.database.dataDir}` : 'PostgreSQL';
  const lines = [
    '',
    `Crossgate is running (${Math.round(startMs)} ms, ${db}, worker ${platform.worker ? 'on' : 'off'})`,
    `  Console    ${platform.url}/`,
    `  API        ${platform.url}/v1`,
    `  Health     ${platform.url}/healthz`,
    `  API docs   ${platform.url}/docs`,
    `  OpenAPI    ${platform.url}/openapi.json`,
    `  SM2        ${sm2Path()}`,
  ];
  const admin = platform.demoKeys.find((k) => k.role === 'admin');
  if (admin) {
    lines.push(
      '',
      'Demo world seeded (first start). Admin API key, shown once:',
      `  ${admin.key}`,
      `Keys of every demo participant: ${platform.demoKeysFile}`,
      `Try: curl -H "Authorization: Bearer ${admin.key}" ${platform.url}/v1/participants`,
    );
  }
  lines.push('', 'Press Ctrl+C to stop.', '');
  return lines.join('\n');
}
