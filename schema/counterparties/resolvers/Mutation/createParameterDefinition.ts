import type { MutationResolvers } from './../../../types.generated.js';
import { createParameterDefinition as run } from '../../../../src/modules/counterparties/card.service.js';

export const createParameterDefinition: NonNullable<MutationResolvers['createParameterDefinition']> = (_parent, { input }, ctx) => run(ctx, input);
