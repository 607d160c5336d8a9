import type { MutationResolvers } from './../../../types.generated.js';
import { chronicleEntryImporter } from '../../../../src/modules/chronicle/chronicle.import.js';
import { runImport } from '../../../../src/modules/imports/import-runner.js';

export const importChronicleEntries: NonNullable<MutationResolvers['importChronicleEntries']> = (_parent, { input }, ctx) =>
  runImport(ctx, chronicleEntryImporter, input);
