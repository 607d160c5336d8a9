import type { MutationResolvers } from './../../../types.generated.js';
import { updateDepartment as run } from '../../../../src/modules/catalogues/catalogues.service.js';

export const updateDepartment: NonNullable<MutationResolvers['updateDepartment']> = (_parent, { input }, ctx) => run(ctx, input);
