import type { Role } from './roles.js';

/**
 * Who may send which import declaration to the single window, from the sender annotations of the 202205 XSD
 * (ceb-messages.md §1.1): the order by the e-commerce enterprise or platform (or an express/postal operator
 * acting for them), the payment by the payment institution, waybill and waybill status by the logistics company,
 * inventory, cancel and return by the e-commerce enterprise or its agent (the agent is commonly the platform or
 * the logistics company), the warehouse-entry list by the supervision-site operator.
 */
export const MESSAGE_SENDERS: Readonly<Record<string, readonly Role[]>> = {
  CEB311: ['ebp', 'ebc', 'logistics'],
  CEB411: ['payment', 'logistics'],
  CEB511: ['logistics'],
  CEB513: ['logistics'],
  CEB621: ['ebc', 'ebp', 'logistics'],
  CEB623: ['ebc', 'ebp', 'logistics'],
  CEB625: ['ebc', 'ebp', 'logistics'],
  CEB711: ['warehouse'],
};

/** The reason a role may not send a message type, or undefined when it may. */
export function senderProblem(messageType: string, role: Role): string | undefined {
  const allowed = MESSAGE_SENDERS[messageType];
  if (!allowed) return `${messageType} is not a declaration the single window accepts`;
  return allowed.includes(role) ? undefined : `${messageType} is sent by ${allowed.join(', ')}, not by ${role}`;
}
