import type { KnowledgeArticleResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';

export const KnowledgeArticle: KnowledgeArticleResolvers = {
  id: ({ id }) => toGlobalId('KnowledgeArticle', id),
  product: ({ productId }, _args, ctx) => (productId === null ? null : ctx.loaders.products.byId.load(productId)),
  appealType: ({ appealTypeId }, _args, ctx) => (appealTypeId === null ? null : ctx.loaders.appeals.types.byId.load(appealTypeId)),
};
