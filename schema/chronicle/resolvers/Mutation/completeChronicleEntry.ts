import type { MutationResolvers } from './../../../types.generated';
import { completeEntry as run } from '../../../../src/modules/chronicle/chronicle.service';

export const completeChronicleEntry: NonNullable<MutationResolvers['completeChronicleEntry']> = (_parent, { input }, ctx) => run(ctx, input);
