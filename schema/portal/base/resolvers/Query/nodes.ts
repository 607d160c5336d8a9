import type { QueryResolvers } from './../../../types.generated.js';
import { portalNodes } from '../../../../../src/modules/portal/portal.service.js';

export const nodes: NonNullable<QueryResolvers['nodes']> = (_parent, { ids }, ctx) => portalNodes(ctx, ids);
