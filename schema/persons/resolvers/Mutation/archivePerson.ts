import type { MutationResolvers } from './../../../types.generated.js';
import { archivePerson as run } from '../../../../src/modules/persons/persons.service.js';

export const archivePerson: NonNullable<MutationResolvers['archivePerson']> = (_parent, { input }, ctx) => run(ctx, input);
