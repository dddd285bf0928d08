import type { TrackingStatus } from '../../connectors/sdk/index.js';
import type { DeliveryState } from '../../ports/hub.port.js';

/**
 * How a carrier's tracking status moves a deal's delivery state. Pure.
 *
 *   none → in-transit → out-for-delivery → delivered
 *                 └──────────┴──────────→ returned-to-sender
 *
 * The state only moves forward: webhooks arrive out of order (an older "in transit" after "out for delivery"
 * changes nothing), and delivered and returned-to-sender are final. Waiting at a pick-up point counts as out for
 * delivery (the last mile). Pre-transit (label printed), failure (a delivery exception), cancelled and unknown go
 * on the timeline without moving the state.
 */
const STATE_OF: Partial<Record<TrackingStatus, DeliveryState>> = {
  'in-transit': 'in-transit',
  'out-for-delivery': 'out-for-delivery',
  'available-for-pickup': 'out-for-delivery',
  delivered: 'delivered',
  returned: 'returned-to-sender',
};

const RANK: Readonly<Record<DeliveryState, number>> = {
  none: 0,
  'in-transit': 1,
  'out-for-delivery': 2,
  delivered: 3,
  'returned-to-sender': 3,
};

export const isFinalDelivery = (state: DeliveryState): boolean => state === 'delivered' || state === 'returned-to-sender';

/** The delivery state after a tracking status; `current` when the status does not move it. */
export function nextDeliveryState(current: DeliveryState, status: TrackingStatus): DeliveryState {
  const target = STATE_OF[status];
  if (target === undefined || isFinalDelivery(current)) return current;
  return RANK[target] > RANK[current] ? target : current;
}
