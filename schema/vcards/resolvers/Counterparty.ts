import type { CounterpartyResolvers } from './../../types.generated.js';
import { counterpartyVCards } from '../../../src/modules/vcards/vcards.service.js';

export const Counterparty: Pick<CounterpartyResolvers, 'vcards'|'__isTypeOf'> = {
  vcards: (counterparty, { includeFormer }, ctx) => counterpartyVCards(ctx, counterparty, includeFormer ?? false),
};
