import type { MutationResolvers } from './../../../types.generated.js';
import { updateEntry as run } from '../../../../src/modules/chronicle/chronicle.service.js';

export const updateChronicleEntry: NonNullable<MutationResolvers['updateChronicleEntry']> = (_parent, { input }, ctx) => run(ctx, input);
