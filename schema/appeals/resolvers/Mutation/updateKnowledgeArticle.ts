import type { MutationResolvers } from './../../../types.generated.js';
import { updateArticle } from '../../../../src/modules/appeals/knowledge.service.js';

export const updateKnowledgeArticle: NonNullable<MutationResolvers['updateKnowledgeArticle']> = (_parent, { input }, ctx) => updateArticle(ctx, input);
