import type { QueryResolvers } from './../../../types.generated.js';
import { counterpartyContactList as run } from '../../../../src/modules/reports/counterparty-contact-list.service.js';

export const counterpartyContactList: NonNullable<QueryResolvers['counterpartyContactList']> = (_parent, args, ctx) => run(ctx, args);
