import type { MutationResolvers } from './../../../types.generated.js';
import { importVCards as importCards } from '../../../../src/modules/vcards/vcards.import.js';

export const importVCards: NonNullable<MutationResolvers['importVCards']> = (_parent, { input }, ctx) => importCards(ctx, input);
