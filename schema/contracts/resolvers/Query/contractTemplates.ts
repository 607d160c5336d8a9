import type { QueryResolvers } from './../../../types.generated';
import { listTemplates } from '../../../../src/modules/contracts/contracts.service';

export const contractTemplates: NonNullable<QueryResolvers['contractTemplates']> = (_parent, _args, ctx) => listTemplates(ctx);
