import type { QueryResolvers } from './../../../types.generated.js';
import { listInformationSources } from '../../../../src/modules/catalogues/catalogues.service.js';

export const informationSources: NonNullable<QueryResolvers['informationSources']> = (_parent, { active, ...page }, ctx) =>
  listInformationSources(ctx, active, page);
