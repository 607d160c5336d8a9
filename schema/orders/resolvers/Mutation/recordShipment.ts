import type { MutationResolvers } from './../../../types.generated';
import { recordShipment as run } from '../../../../src/modules/orders/orders.service';

export const recordShipment: NonNullable<MutationResolvers['recordShipment']> = (_parent, { input }, ctx) => run(ctx, input);
