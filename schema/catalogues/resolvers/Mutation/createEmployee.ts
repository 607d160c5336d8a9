import type { MutationResolvers } from './../../../types.generated';
import { createEmployee as run } from '../../../../src/modules/catalogues/catalogues.service';

export const createEmployee: NonNullable<MutationResolvers['createEmployee']> = (_parent, { input }, ctx) => run(ctx, input);
