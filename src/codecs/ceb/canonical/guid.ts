import { randomUUID } from 'node:crypto';

/** A new message or document guid: 36 characters, uppercase, as the standard asks. */
export const newGuid = (): string => randomUUID().toUpperCase();
