import { type DestinationStream, type Logger, pino } from 'pino';

/**
 * Personal data that must never reach a log: buyer ID numbers, phones, names and addresses, under the field
 * names the CEB messages and our model use, at any of the first three levels of a logged object.
 */
const PERSONAL_FIELDS = [
  'idNumber',
  'buyerIdNumber',
  'payerIdNumber',
  'consigneeIdNumber',
  'phone',
  'telephone',
  'buyerTelephone',
  'consigneeTelephone',
  'buyerName',
  'payerName',
  'consignee',
  'consigneeAddress',
  'address',
  'authorization',
  'apiKey',
  'key',
  'privateKey',
];

export const REDACT_PATHS = PERSONAL_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`]);

/** Resident ID numbers (18 characters) and mobile numbers inside URLs, e.g. a quota lookup path. */
const ID_IN_TEXT = /\b(\d{4})\d{10}(\d{3}[\dXx])\b/g;
const PHONE_IN_TEXT = /\b(1\d{2})\d{4}(\d{4})\b/g;

/** A free-text search (`?q=`, e.g. the deals list's) may be a buyer's name: its value is not logged. */
const SEARCH_IN_URL = /([?&]q=)[^&#]*/g;

export function maskPersonalText(text: string): string {
  return text.replace(ID_IN_TEXT, '$1**********$2').replace(PHONE_IN_TEXT, '$1****$2').replace(SEARCH_IN_URL, '$1[redacted]');
}

interface RequestLike {
  method?: string;
  url?: string;
  id?: string;
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: {
        req: (req: RequestLike) => ({ id: req.id, method: req.method, url: maskPersonalText(req.url ?? '') }),
      },
      base: { service: 'crossgate' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
