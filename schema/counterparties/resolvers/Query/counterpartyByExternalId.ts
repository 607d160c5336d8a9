import type { QueryResolvers } from './../../../types.generated';
import { counterpartyByExternalId as find } from '../../../../src/modules/counterparties/counterparties.service';

export const counterpartyByExternalId: NonNullable<QueryResolvers['counterpartyByExternalId']> = (_parent, { externalId }, ctx) =>
  find(ctx, externalId);
