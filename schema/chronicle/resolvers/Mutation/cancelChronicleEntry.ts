import type { MutationResolvers } from './../../../types.generated.js';
import { cancelEntry as run } from '../../../../src/modules/chronicle/chronicle.service.js';

export const cancelChronicleEntry: NonNullable<MutationResolvers['cancelChronicleEntry']> = (_parent, { input }, ctx) => run(ctx, input);
