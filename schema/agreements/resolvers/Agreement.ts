import type { AgreementResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import {
  agreementInheritedTerms, agreementOwnTerms, agreementTerms, agreementUsable, baseAgreement, individualAgreements,
} from '../../../src/modules/agreements/agreements.service.js';

export const Agreement: Pick<AgreementResolvers, 'baseAgreement'|'counterparty'|'createdAt'|'externalId'|'id'|'individualAgreements'|'inheritedTerms'|'kind'|'name'|'ownTerms'|'segment'|'status'|'terms'|'updatedAt'|'usable'|'version'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('Agreement', id),
  counterparty: ({ counterpartyId }, _args, ctx) => (counterpartyId === null ? null : ctx.loaders.counterparties.byId.load(counterpartyId)),
  baseAgreement: (row, _args, ctx) => baseAgreement(ctx, row),
  terms: (row, _args, ctx) => agreementTerms(ctx, row),
  ownTerms: (row, _args, ctx) => agreementOwnTerms(ctx, row),
  inheritedTerms: (row) => agreementInheritedTerms(row),
  usable: (row, { on }, ctx) => agreementUsable(ctx, row, on),
  individualAgreements: (row, _args, ctx) => individualAgreements(ctx, row),
};
