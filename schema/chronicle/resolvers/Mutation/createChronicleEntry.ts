import type { MutationResolvers } from './../../../types.generated.js';
import { createEntry as run } from '../../../../src/modules/chronicle/chronicle.service.js';

export const createChronicleEntry: NonNullable<MutationResolvers['createChronicleEntry']> = (_parent, { input }, ctx) => run(ctx, input);
