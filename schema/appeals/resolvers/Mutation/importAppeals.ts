import type { MutationResolvers } from './../../../types.generated.js';
import { runImport } from '../../../../src/modules/imports/import-runner.js';
import { appealImporter } from '../../../../src/modules/appeals/appeals.import.js';

export const importAppeals: NonNullable<MutationResolvers['importAppeals']> = (_parent, { input }, ctx) =>
  runImport(ctx, appealImporter, input);
