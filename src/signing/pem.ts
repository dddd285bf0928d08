/** PEM (RFC 7468) blocks: `-----BEGIN LABEL-----`, optional RFC 1421 headers, base64 body, `-----END LABEL-----`. */
export interface PemBlock {
  readonly label: string;
  readonly der: Buffer;
  /** RFC 1421 headers such as `Proc-Type: 4,ENCRYPTED` (legacy encrypted keys). */
  readonly headers: Readonly<Record<string, string>>;
  /** The block's text, unchanged, for handing to node:crypto. */
  readonly text: string;
}

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/g;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Every PEM block in `text`, in order. Blocks whose body is not base64 are skipped. */
export function pemBlocks(text: string): PemBlock[] {
  const out: PemBlock[] = [];
  for (const match of text.matchAll(BLOCK)) {
    const label = match[1]!;
    const headers: Record<string, string> = {};
    const bodyLines: string[] = [];
    for (const line of match[2]!.split(/\r?\n/)) {
      const header = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
      if (header && bodyLines.length === 0) headers[header[1]!] = header[2]!;
      else if (line.trim() !== '') bodyLines.push(line.trim());
    }
    const body = bodyLines.join('');
    if (!BASE64.test(body)) continue;
    out.push({ label, der: Buffer.from(body, 'base64'), headers, text: match[0] });
  }
  return out;
}

export function toPem(label: string, der: Uint8Array): string {
  const body = Buffer.from(der).toString('base64').replace(/.{1,64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${body}-----END ${label}-----\n`;
}

/** Base64 wrapped at 76 characters per line, as the official sample messages carry it. */
export function base64Lines(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64').replace(/.{1,76}/g, '$&\n');
}
