import type { MutationResolvers } from './../../../types.generated';
import { createParameterDefinition as run } from '../../../../src/modules/counterparties/card.service';

export const createParameterDefinition: NonNullable<MutationResolvers['createParameterDefinition']> = (_parent, { input }, ctx) => run(ctx, input);
