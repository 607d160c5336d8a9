import type { MutationResolvers } from './../../../types.generated';
import { cancelEntry as run } from '../../../../src/modules/chronicle/chronicle.service';

export const cancelChronicleEntry: NonNullable<MutationResolvers['cancelChronicleEntry']> = (_parent, { input }, ctx) => run(ctx, input);
