import { describe, expect, it } from 'vitest';
import { TRACKING_STATUSES, type TrackingStatus } from '../../connectors/sdk/index.js';
import { DELIVERY_STATES, type DeliveryState } from '../../ports/hub.port.js';
import { nextDeliveryState } from './delivery-state.js';

describe('delivery state from tracking statuses', () => {
  const cases: [DeliveryState, TrackingStatus, DeliveryState][] = [
    ['none', 'pre-transit', 'none'],
    ['none', 'in-transit', 'in-transit'],
    ['none', 'delivered', 'delivered'],
    ['in-transit', 'out-for-delivery', 'out-for-delivery'],
    ['in-transit', 'available-for-pickup', 'out-for-delivery'],
    ['in-transit', 'failure', 'in-transit'],
    ['in-transit', 'unknown', 'in-transit'],
    ['in-transit', 'cancelled', 'in-transit'],
    ['out-for-delivery', 'in-transit', 'out-for-delivery'],
    ['out-for-delivery', 'delivered', 'delivered'],
    ['out-for-delivery', 'returned', 'returned-to-sender'],
    ['in-transit', 'returned', 'returned-to-sender'],
    ['delivered', 'in-transit', 'delivered'],
    ['delivered', 'returned', 'delivered'],
    ['returned-to-sender', 'delivered', 'returned-to-sender'],
  ];
  it.each(cases)('%s + %s → %s', (current, status, next) => {
    expect(nextDeliveryState(current, status)).toBe(next);
  });

  it('never moves backwards, whatever the order of the events', () => {
    const rank = (s: DeliveryState) => ['none', 'in-transit', 'out-for-delivery', 'delivered'].indexOf(s);
    for (const current of DELIVERY_STATES) {
      for (const status of TRACKING_STATUSES) {
        const next = nextDeliveryState(current, status);
        if (current === 'returned-to-sender' || next === 'returned-to-sender') continue;
        expect(rank(next), `${current} + ${status}`).toBeGreaterThanOrEqual(rank(current));
      }
    }
  });
});
