import type { Context } from '../../context.js';
import type { KnowledgeArticleRow } from '../../db/schema/index.js';
import type { PageArgs } from '../../lib/connection.js';
import { referenceKeyOrThrow, requireKey } from '../../lib/global-id.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { searchTerm } from '../../lib/search-term.js';
import { failed, InputErrors } from '../../lib/user-errors.js';
import { payloadWriter, versionedRow } from '../../lib/write.js';
import { requireWriter } from '../auth/viewer.js';
import * as repository from './appeals.repository.js';

const QUESTION_MAX = 1000;
const ANSWER_MAX = 20_000;
const TAG_MAX = 50;
const TAGS_MAX = 30;

export interface ArticleFilterInput { search?: string | null; tags?: string[] | null; productId?: string | null; appealTypeId?: string | null }

export const listArticles = (ctx: Context, where: ArticleFilterInput | null | undefined, args: PageArgs) =>
  repository.listArticles(ctx.db, {
    search: searchTerm(where?.search),
    tags: where?.tags?.map((tag) => tag.trim().toLowerCase()),
    productId: referenceKeyOrThrow(where?.productId, 'Product', ['where', 'productId']),
    appealTypeId: referenceKeyOrThrow(where?.appealTypeId, 'AppealType', ['where', 'appealTypeId']),
  }, args);

const saving = payloadWriter('article', {}, (ctx: Context, article: KnowledgeArticleRow) => {
  ctx.loaders.appeals.articleById.clear(article.id).prime(article.id, article);
});

interface ArticleFields { question?: string | null; answer?: string | null; tags?: string[] | null; productId?: string | null; appealTypeId?: string | null }

/** Tags are matched as written, regardless of case: kept trimmed and lower-case, each once. */
function tagValues(errors: InputErrors, tags: string[]): string[] {
  if (tags.length > TAGS_MAX) errors.add(['tags'], 'OUT_OF_RANGE', `An article has at most ${TAGS_MAX} tags, got ${tags.length}.`);
  const clean = tags.map((tag, index) => errors.text(['tags', index], tag, { required: true, max: TAG_MAX })?.toLowerCase());
  return [...new Set(clean.filter((tag): tag is string => !!tag))];
}

async function articleValues(ctx: Context, errors: InputErrors, input: ArticleFields, creating: boolean) {
  const values: Partial<repository.KnowledgeArticleInsert> = {};
  if (creating || input.question !== undefined) values.question = errors.text(['question'], input.question, { required: true, max: QUESTION_MAX }) ?? undefined;
  if (creating || input.answer !== undefined) values.answer = errors.text(['answer'], input.answer, { required: true, max: ANSWER_MAX }) ?? undefined;
  const tags = errors.notNull(['tags'], input.tags);
  if (tags) values.tags = tagValues(errors, tags);
  const productId = referenceKey(errors, ['productId'], input.productId, 'Product');
  const typeId = referenceKey(errors, ['appealTypeId'], input.appealTypeId, 'AppealType');
  const [product, type] = await Promise.all([
    productId != null ? ctx.loaders.products.byId.load(productId) : null,
    typeId != null ? ctx.loaders.appeals.types.byId.load(typeId) : null,
  ]);
  requireFound(errors, ['productId'], productId, product, 'product');
  requireFound(errors, ['appealTypeId'], typeId, type, 'appeal type');
  if (input.productId !== undefined) values.productId = productId ?? null;
  if (input.appealTypeId !== undefined) values.appealTypeId = typeId ?? null;
  return values;
}

export async function createArticle(ctx: Context, input: ArticleFields & { question: string; answer: string }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const values = await articleValues(ctx, errors, input, true);
  if (errors.any) return failed(errors);
  return saving(ctx, errors, (tx) => repository.insertArticle(tx, { ...values, question: values.question!, answer: values.answer! }));
}

export async function updateArticle(ctx: Context, input: ArticleFields & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'KnowledgeArticle', ['input', 'id']);
  const errors = new InputErrors();
  const values = await articleValues(ctx, errors, input, false);
  if (errors.any) return failed(errors);
  return saving(ctx, errors, async (tx) =>
    versionedRow(await repository.updateArticle(tx, key, input.expectedVersion, values), 'KnowledgeArticle', input.expectedVersion));
}
