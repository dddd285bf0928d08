import type { RegisterCommand } from '../command.js';
import { registerCebSample } from './ceb-sample.js';
import { registerCebSign } from './ceb-sign.js';
import { registerCebValidate } from './ceb-validate.js';
import { registerCebVerify } from './ceb-verify.js';
import { registerCebUnwrap, registerCebWrap } from './ceb-wrap.js';

/** `crossgate ceb …`: the customs message standard: validate, sign, verify, wrap, unwrap, sample. */
export const registerCeb: RegisterCommand = (parent, ctx) => {
  const group = parent
    .command('ceb')
    .description('Customs CBEC (CEB) messages of the 2018 and 2022 editions: validate, sign, verify, envelope, samples');
  for (const register of [
    registerCebValidate,
    registerCebSign,
    registerCebVerify,
    registerCebWrap,
    registerCebUnwrap,
    registerCebSample,
  ]) {
    register(group, ctx);
  }
};
