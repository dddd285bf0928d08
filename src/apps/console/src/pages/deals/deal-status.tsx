import type { DealStatus } from '../../api/deals.js';
import type { MessageKey } from '../../i18n/en.js';
import { useI18n } from '../../i18n/i18n.js';
import { Chip, type Tone } from '../../ui/chips.js';

/** One colour per deal status family, the same in the list and on the deal page. */
const TONES: Readonly<Record<DealStatus, Tone>> = {
  received: 'info',
  'awaiting-payment': 'attention',
  declaring: 'progress',
  declared: 'progress',
  released: 'success',
  rejected: 'danger',
  stopped: 'danger',
  blocked: 'hold',
  'needs-attention': 'warning',
  cancelled: 'neutral',
  returned: 'done',
};

export const dealStatusKey = (status: DealStatus) => `dealStatus.${status}` as MessageKey;

export function DealStatusChip({ status }: { readonly status: DealStatus }) {
  const { t } = useI18n();
  return <Chip tone={TONES[status]}>{t(dealStatusKey(status))}</Chip>;
}
