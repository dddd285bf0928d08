/** `YYYYMMDDhhmmss` in China Standard Time (UTC+8, no daylight saving): the CEB time format (payTime, logisticsTime). */
export function chinaTimestamp(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().replace(/\D/g, '').slice(0, 14);
}
