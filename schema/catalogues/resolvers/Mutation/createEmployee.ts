import type { MutationResolvers } from './../../../types.generated.js';
import { createEmployee as run } from '../../../../src/modules/catalogues/catalogues.service.js';

export const createEmployee: NonNullable<MutationResolvers['createEmployee']> = (_parent, { input }, ctx) => run(ctx, input);
