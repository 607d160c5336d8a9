import type { MutationResolvers } from './../../../types.generated.js';
import { registerAppeal as run } from '../../../../src/modules/appeals/appeals.service.js';

export const registerAppeal: NonNullable<MutationResolvers['registerAppeal']> = (_parent, { input }, ctx) => run(ctx, input);
