import type { MutationResolvers } from './../../../types.generated';
import { updateDepartment as run } from '../../../../src/modules/catalogues/catalogues.service';

export const updateDepartment: NonNullable<MutationResolvers['updateDepartment']> = (_parent, { input }, ctx) => run(ctx, input);
