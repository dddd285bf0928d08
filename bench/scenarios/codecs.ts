import { cebBenchOps } from '../../src/codecs/ceb/index.js';
import { defineScenario, row } from '../registry.js';

/** Parse + XSD validation, decode and encode of the official 202205 samples, beside a bare libxml2 parse. */
export const codecScenarios = [
  defineScenario({
    name: 'ceb.parse-validate',
    owner: 'ceb codecs',
    description: 'screening + libxml2 parse + official-XSD validation of the valid 202205 samples, beside bare libxml2 parse',
    async run(ctx) {
      const ops = cebBenchOps();
      const raw = await ctx.measure(ops.rawParse);
      return [
        row('ceb.parse-validate', {}, await ctx.measure(ops.parseValidate), raw),
        row('ceb.decode', {}, await ctx.measure(ops.decode), raw),
        row('ceb.encode', {}, await ctx.measure(ops.encode)),
      ];
    },
  }),
];
