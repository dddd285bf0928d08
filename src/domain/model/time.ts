import { fail, ok, type Result } from '../../kernel/result.js';

/**
 * Time in the domain is always an argument. An instant is an ISO 8601 string with an explicit offset
 * ("2025-03-01T10:00:00+08:00" or "…Z"); the domain never reads the clock.
 */
export type Instant = string;

/** Customs counts calendar days and years in China Standard Time (UTC+8, no daylight saving). */
export const CHINA_OFFSET_MINUTES = 480;

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether year/month/day names a real calendar date. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Parses an instant to epoch milliseconds; refuses missing offsets and impossible dates (e.g. 30 February). */
export function parseInstant(text: Instant, field = 'at'): Result<number> {
  const m = ISO.exec(text);
  const bad = fail({ code: 'time.invalid', message: `"${text}" is not an ISO 8601 time with an offset`, field });
  if (m === null) return bad;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number);
  if (
    !isCalendarDate(year ?? 0, month ?? 0, day ?? 0) ||
    (hour ?? 0) > 23 ||
    (minute ?? 0) > 59 ||
    (second ?? 0) > 59
  ) {
    return bad;
  }
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? bad : ok(ms);
}

/** The local calendar date of an instant at a fixed offset. */
export function localDate(
  epochMs: number,
  offsetMinutes = CHINA_OFFSET_MINUTES,
): { readonly year: number; readonly month: number; readonly day: number } {
  const shifted = new Date(epochMs + offsetMinutes * 60_000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** The calendar year (at the offset, China time by default) an instant falls in. */
export const calendarYear = (epochMs: number, offsetMinutes = CHINA_OFFSET_MINUTES): number =>
  localDate(epochMs, offsetMinutes).year;

/** Whole local calendar days from `fromMs` to `toMs` (both at the offset); 0 on the same day. */
export function calendarDaysBetween(fromMs: number, toMs: number, offsetMinutes = CHINA_OFFSET_MINUTES): number {
  const dayIndex = (ms: number): number => Math.floor((ms + offsetMinutes * 60_000) / MS_PER_DAY);
  return dayIndex(toMs) - dayIndex(fromMs);
}

/** Milliseconds in `days` days. */
export const daysToMs = (days: number): number => days * MS_PER_DAY;
