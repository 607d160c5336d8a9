import type { QueryResolvers } from './../../../types.generated.js';
import { counterpartyByExternalId as find } from '../../../../src/modules/counterparties/counterparties.service.js';

export const counterpartyByExternalId: NonNullable<QueryResolvers['counterpartyByExternalId']> = (_parent, { externalId }, ctx) =>
  find(ctx, externalId);
