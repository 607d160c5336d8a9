import type { QueryResolvers } from './../../../types.generated';
import { listParameterDefinitions } from '../../../../src/modules/counterparties/card.service';

export const parameterDefinitions: NonNullable<QueryResolvers['parameterDefinitions']> = (_parent, _args, ctx) =>
  listParameterDefinitions(ctx);
