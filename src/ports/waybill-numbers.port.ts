/**
 * Number ranges a carrier hands to a shipper (a block of waybill serials, e.g. UPU S10 serials 10000000–10999999).
 * A serial, once given to a key (an order), stays that key's and is never given to another, across restarts.
 */
export interface NumberRange {
  /** Names the range (carrier, service, country…): serials are unique within it. */
  readonly id: string;
  readonly first: number;
  readonly last: number;
}

export interface NumberRangeStore {
  /**
   * The serial assigned to `key` in `range`: on the first call for the key, the lowest serial of the range not yet
   * assigned (`fresh: true`); the same serial on every later call (`fresh: false`). Undefined when the range is used
   * up. Atomic: concurrent calls never receive the same serial.
   */
  claim(range: NumberRange, key: string): Promise<{ readonly serial: number; readonly fresh: boolean } | undefined>;
}
