import type { QueryResolvers } from './../../../types.generated.js';
import { appealTypes as types } from '../../../../src/modules/appeals/types.service.js';

export const appealTypes: NonNullable<QueryResolvers['appealTypes']> = (_parent, _args, ctx) => types.roots(ctx);
