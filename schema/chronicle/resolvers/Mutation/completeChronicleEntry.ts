import type { MutationResolvers } from './../../../types.generated.js';
import { completeEntry as run } from '../../../../src/modules/chronicle/chronicle.service.js';

export const completeChronicleEntry: NonNullable<MutationResolvers['completeChronicleEntry']> = (_parent, { input }, ctx) => run(ctx, input);
