import type { MutationResolvers } from './../../../types.generated';
import { createEntry as run } from '../../../../src/modules/chronicle/chronicle.service';

export const createChronicleEntry: NonNullable<MutationResolvers['createChronicleEntry']> = (_parent, { input }, ctx) => run(ctx, input);
