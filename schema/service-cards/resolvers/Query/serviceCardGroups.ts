import type { QueryResolvers } from './../../../types.generated.js';
import { serviceCardGroups as groups } from '../../../../src/modules/service-cards/groups.service.js';

export const serviceCardGroups: NonNullable<QueryResolvers['serviceCardGroups']> = (_parent, _args, ctx) => groups.roots(ctx);
