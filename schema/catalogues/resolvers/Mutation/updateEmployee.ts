import type { MutationResolvers } from './../../../types.generated';
import { updateEmployee as run } from '../../../../src/modules/catalogues/catalogues.service';

export const updateEmployee: NonNullable<MutationResolvers['updateEmployee']> = (_parent, { input }, ctx) => run(ctx, input);
