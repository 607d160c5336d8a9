import type { MutationResolvers } from './../../../types.generated.js';
import { createDepartment as run } from '../../../../src/modules/catalogues/catalogues.service.js';

export const createDepartment: NonNullable<MutationResolvers['createDepartment']> = (_parent, { input }, ctx) => run(ctx, input);
