import type { MutationResolvers } from './../../../types.generated.js';
import { createArticle } from '../../../../src/modules/appeals/knowledge.service.js';

export const createKnowledgeArticle: NonNullable<MutationResolvers['createKnowledgeArticle']> = (_parent, { input }, ctx) => createArticle(ctx, input);
