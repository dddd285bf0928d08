/** Yuan strings ("12.3", "480.00") to integer fen and back: exact, no floating point on the decimals. */
export function toFen(yuan: string): number {
  const match = /^(-?)(\d+)(?:\.(\d{0,2}))?/.exec(yuan.trim());
  if (!match) return 0;
  const fen = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] === '-' ? -fen : fen;
}

export function fromFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
