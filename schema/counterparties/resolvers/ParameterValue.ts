import type { ParameterValueResolvers } from './../../types.generated.js';

export const ParameterValue: ParameterValueResolvers = {
  parameter: async ({ parameterId }, _args, ctx) => (await ctx.loaders.counterparties.parameterDefinitionById.load(parameterId))!,
};
