import type { MutationResolvers } from './../../../types.generated.js';
import { runImport } from '../../../../src/modules/imports/import-runner.js';
import { personImporter } from '../../../../src/modules/persons/persons.import.js';

export const importPersons: NonNullable<MutationResolvers['importPersons']> = (_parent, { input }, ctx) =>
  runImport(ctx, personImporter, input);
