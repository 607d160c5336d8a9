import type { QueryResolvers } from './../../../types.generated.js';
import { listArticles } from '../../../../src/modules/appeals/knowledge.service.js';

export const knowledgeArticles: NonNullable<QueryResolvers['knowledgeArticles']> = (_parent, { where, ...page }, ctx) => listArticles(ctx, where, page);
