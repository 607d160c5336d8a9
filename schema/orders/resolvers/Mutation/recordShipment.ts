import type { MutationResolvers } from './../../../types.generated.js';
import { recordShipment as run } from '../../../../src/modules/orders/orders.service.js';

export const recordShipment: NonNullable<MutationResolvers['recordShipment']> = (_parent, { input }, ctx) => run(ctx, input);
