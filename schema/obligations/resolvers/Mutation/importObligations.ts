import type { MutationResolvers } from './../../../types.generated.js';
import { runImport } from '../../../../src/modules/imports/import-runner.js';
import { obligationImporter } from '../../../../src/modules/obligations/obligations.import.js';

export const importObligations: NonNullable<MutationResolvers['importObligations']> = (_parent, { input }, ctx) =>
  runImport(ctx, obligationImporter, input);
