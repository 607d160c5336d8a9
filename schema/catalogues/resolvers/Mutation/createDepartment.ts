import type { MutationResolvers } from './../../../types.generated';
import { createDepartment as run } from '../../../../src/modules/catalogues/catalogues.service';

export const createDepartment: NonNullable<MutationResolvers['createDepartment']> = (_parent, { input }, ctx) => run(ctx, input);
