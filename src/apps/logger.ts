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

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      base: { service: 'crossgate' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
