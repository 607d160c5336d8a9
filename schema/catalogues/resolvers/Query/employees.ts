import type { QueryResolvers } from './../../../types.generated.js';
import { listEmployees } from '../../../../src/modules/catalogues/catalogues.service.js';
import { referenceKeyOrThrow } from '../../../../src/lib/global-id.js';

export const employees: NonNullable<QueryResolvers['employees']> = (_parent, { where, ...page }, ctx) =>
  listEmployees(ctx, {
    search: where?.search,
    active: where?.active,
    departmentId: referenceKeyOrThrow(where?.departmentId, 'Department', ['where', 'departmentId']),
  }, page);
