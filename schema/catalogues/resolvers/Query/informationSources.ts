import type { QueryResolvers } from './../../../types.generated';
import { listInformationSources } from '../../../../src/modules/catalogues/catalogues.service';

export const informationSources: NonNullable<QueryResolvers['informationSources']> = (_parent, { active, ...page }, ctx) =>
  listInformationSources(ctx, active, page);
