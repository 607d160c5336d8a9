import type { QueryResolvers } from './../../../types.generated';
import { listDepartments } from '../../../../src/modules/catalogues/catalogues.service';

export const departments: NonNullable<QueryResolvers['departments']> = (_parent, page, ctx) => listDepartments(ctx, page);
