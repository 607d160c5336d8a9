import type { ContractResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { contractText } from '../../../src/modules/contracts/contracts.service.js';

export const Contract: Pick<ContractResolvers, 'agreement'|'counterparty'|'createdAt'|'currency'|'date'|'externalId'|'id'|'lines'|'number'|'obligations'|'status'|'subject'|'template'|'text'|'total'|'updatedAt'|'validFrom'|'validTo'|'version'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('Contract', id),
  counterparty: async ({ counterpartyId }, _args, ctx) => (await ctx.loaders.counterparties.byId.load(counterpartyId))!,
  agreement: ({ agreementId }, _args, ctx) => (agreementId === null ? null : ctx.loaders.agreements.byId.load(agreementId)),
  template: ({ templateId }, _args, ctx) => (templateId === null ? null : ctx.loaders.contracts.templateById.load(templateId)),
  lines: ({ id }, _args, ctx) => ctx.loaders.contracts.linesByContractId.load(id),
  obligations: ({ id }, _args, ctx) => ctx.loaders.contracts.obligationsByContractId.load(id),
  text: (row, _args, ctx) => contractText(ctx, row),
};
