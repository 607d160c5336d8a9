import type { MutationResolvers } from './../../../types.generated';
import { updateEntry as run } from '../../../../src/modules/chronicle/chronicle.service';

export const updateChronicleEntry: NonNullable<MutationResolvers['updateChronicleEntry']> = (_parent, { input }, ctx) => run(ctx, input);
