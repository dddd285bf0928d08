import { readFileSync } from 'node:fs';
import { loadSigningKey, loadVerificationKey } from '../key-loading.js';
import type { SigningKey, VerificationKey } from '../keys.js';
import { type KeyDir, keyDir, makeRsaFiles, makeSm2Files } from './openssl.js';

/** Key pairs made by the openssl CLI in a temp dir, loaded through the public loaders. */
export interface TestKeys {
  readonly dir: KeyDir;
  readonly sm2: { readonly key: SigningKey; readonly trust: VerificationKey; readonly files: ReturnType<typeof makeSm2Files> };
  readonly sm2Other: { readonly key: SigningKey; readonly trust: VerificationKey };
  readonly rsa: { readonly key: SigningKey; readonly trust: VerificationKey; readonly files: ReturnType<typeof makeRsaFiles> };
}

export function makeTestKeys(): TestKeys {
  const dir = keyDir();
  const load = (files: { key: string; cert: string }) => ({
    key: loadSigningKey(readFileSync(files.key, 'utf8'), { certificate: readFileSync(files.cert, 'utf8') }),
    trust: loadVerificationKey(readFileSync(files.cert, 'utf8')),
  });
  const sm2Files = makeSm2Files(dir, 'sm2');
  const rsaFiles = makeRsaFiles(dir, 'rsa', 1024);
  return {
    dir,
    sm2: { ...load(sm2Files), files: sm2Files },
    sm2Other: load(makeSm2Files(dir, 'sm2-other')),
    rsa: { ...load(rsaFiles), files: rsaFiles },
  };
}

/** Adds a `ceb:ExtendMessage` as the last child of the root (before any signature). */
export function withExtendMessage(xml: string, rootQName: string): string {
  const extend =
    '<ceb:ExtendMessage><ceb:name>crossgate</ceb:name><ceb:version>1.0</ceb:version>' +
    '<ceb:Message><x xmlns="urn:example">扩展</x></ceb:Message></ceb:ExtendMessage>\n';
  const end = xml.lastIndexOf(`</${rootQName}>`);
  return xml.slice(0, end) + extend + xml.slice(end);
}
