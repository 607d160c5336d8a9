import type { QueryResolvers } from './../../../types.generated.js';
import { organisation as ownOrganisation } from '../../../../../src/modules/portal/portal.service.js';

export const organisation: NonNullable<QueryResolvers['organisation']> = (_parent, _args, ctx) => ownOrganisation(ctx);
