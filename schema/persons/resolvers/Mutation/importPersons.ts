import type { MutationResolvers } from './../../../types.generated';
import { runImport } from '../../../../src/modules/imports/import-runner';
import { personImporter } from '../../../../src/modules/persons/persons.import';

export const importPersons: NonNullable<MutationResolvers['importPersons']> = (_parent, { input }, ctx) =>
  runImport(ctx, personImporter, input);
