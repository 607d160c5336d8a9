import type { ContractResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { contractText } from '../../../src/modules/contracts/contracts.service.js';

export const Contract: ContractResolvers = {
  id: ({ id }) => toGlobalId('Contract', id),
  counterparty: async ({ counterpartyId }, _args, ctx) => (await ctx.loaders.counterpartyById.load(counterpartyId))!,
  agreement: ({ agreementId }, _args, ctx) => (agreementId === null ? null : ctx.loaders.agreementById.load(agreementId)),
  template: ({ templateId }, _args, ctx) => (templateId === null ? null : ctx.loaders.contractTemplateById.load(templateId)),
  lines: ({ id }, _args, ctx) => ctx.loaders.contractLinesByContractId.load(id),
  obligations: ({ id }, _args, ctx) => ctx.loaders.obligationsByContractId.load(id),
  text: (row, _args, ctx) => contractText(ctx, row),
};
