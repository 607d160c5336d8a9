import type { KnowledgeArticleConnectionResolvers } from './../../types.generated.js';

export const KnowledgeArticleConnection: KnowledgeArticleConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
