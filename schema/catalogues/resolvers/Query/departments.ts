import type { QueryResolvers } from './../../../types.generated.js';
import { listDepartments } from '../../../../src/modules/catalogues/catalogues.service.js';

export const departments: NonNullable<QueryResolvers['departments']> = (_parent, page, ctx) => listDepartments(ctx, page);
