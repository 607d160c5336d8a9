import type { QueryResolvers } from './../../../types.generated.js';
import { listTemplates } from '../../../../src/modules/contracts/contracts.service.js';

export const contractTemplates: NonNullable<QueryResolvers['contractTemplates']> = (_parent, _args, ctx) => listTemplates(ctx);
