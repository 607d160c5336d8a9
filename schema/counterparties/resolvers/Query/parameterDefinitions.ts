import type { QueryResolvers } from './../../../types.generated.js';
import { listParameterDefinitions } from '../../../../src/modules/counterparties/card.service.js';

export const parameterDefinitions: NonNullable<QueryResolvers['parameterDefinitions']> = (_parent, _args, ctx) =>
  listParameterDefinitions(ctx);
