import type { MutationResolvers } from './../../../types.generated.js';
import { updateEmployee as run } from '../../../../src/modules/catalogues/catalogues.service.js';

export const updateEmployee: NonNullable<MutationResolvers['updateEmployee']> = (_parent, { input }, ctx) => run(ctx, input);
