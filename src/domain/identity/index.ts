export { maskIdNumber, maskName, maskPhone } from './masking.js';
export {
  checkResidentId,
  ID_CHECK_CHARACTERS,
  ID_WEIGHTS,
  idCheckCharacter,
  isValidResidentId,
  MAINLAND_PROVINCE_PREFIXES,
  type ResidentId,
  type ResidentIdOptions,
} from './resident-id.rules.js';
