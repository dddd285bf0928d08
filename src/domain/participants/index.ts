export { MESSAGE_SENDERS, senderProblem } from './message-senders.js';
export { participantCodeProblem } from './participant-code.js';
export { isRole, ROLE_LABELS, ROLES, type Role } from './roles.js';
