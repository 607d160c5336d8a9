import type { QueryResolvers } from './../../../types.generated.js';
import { portalNode } from '../../../../../src/modules/portal/portal.service.js';

export const node: NonNullable<QueryResolvers['node']> = (_parent, { id }, ctx) => portalNode(ctx, id, ['id']);
