import type { DeclarationState, Disposition } from '../sdk/index.js';

/** The institution's code tables (WeChat Pay v2 customs declaration), and what Crossgate makes of each value. */

/** `state`: UNDECLARED 待申报 (accepted, not yet pushed to customs), SUBMITTED 申报已提交, PROCESSING 申报中, SUCCESS 申报成功, FAIL 申报失败, EXCEPT 海关接口异常. */
export const STATES: Readonly<Record<string, DeclarationState>> = {
  UNDECLARED: 'pending',
  SUBMITTED: 'submitted',
  PROCESSING: 'processing',
  SUCCESS: 'declared',
  FAIL: 'failed',
  EXCEPT: 'exception',
};

/** `cert_check_result`: whether the identity sent matches the payer's real-name record. */
export const CERT_CHECK: Readonly<Record<string, 'same' | 'different' | 'unchecked'>> = {
  SAME: 'same',
  DIFFERENT: 'different',
  UNCHECKED: 'unchecked',
};

/** `err_code` (with `result_code` FAIL) → disposition; unknown codes are permanent. */
export const ERR_CODES: Readonly<Record<string, Disposition>> = {
  SYSTEMERROR: 'retryable',
  FREQUENCY_LIMITED: 'retryable',
  PARAM_ERROR: 'permanent',
  ORDERNOTEXIST: 'permanent',
  ORDER_NOT_PAID: 'permanent',
  APPID_NOT_EXIST: 'needs-human',
  MCHID_NOT_EXIST: 'needs-human',
  APPID_MCHID_NOT_MATCH: 'needs-human',
  NOAUTH: 'needs-human',
  CUSTOMS_NOT_REGISTERED: 'needs-human',
};

/** `customs`: the customs the institution is connected to (an excerpt of WeChat Pay's list). */
export const CUSTOMS = [
  'NO',
  'GUANGZHOU_ZS',
  'HANGZHOU_ZS',
  'NINGBO',
  'ZHENGZHOU_BS',
  'CHONGQING',
  'SHANGHAI_ZS',
  'SHENZHEN',
  'ZHENGZHOU_ZH_ZS',
  'TIANJIN',
  'ZONGSHU',
] as const;
