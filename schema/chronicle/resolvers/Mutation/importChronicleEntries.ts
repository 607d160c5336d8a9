import type { MutationResolvers } from './../../../types.generated';
import { chronicleEntryImporter } from '../../../../src/modules/chronicle/chronicle.import';
import { runImport } from '../../../../src/modules/imports/import-runner';

export const importChronicleEntries: NonNullable<MutationResolvers['importChronicleEntries']> = (_parent, { input }, ctx) =>
  runImport(ctx, chronicleEntryImporter, input);
