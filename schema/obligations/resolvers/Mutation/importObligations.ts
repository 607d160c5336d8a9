import type { MutationResolvers } from './../../../types.generated';
import { runImport } from '../../../../src/modules/imports/import-runner';
import { obligationImporter } from '../../../../src/modules/obligations/obligations.import';

export const importObligations: NonNullable<MutationResolvers['importObligations']> = (_parent, { input }, ctx) =>
  runImport(ctx, obligationImporter, input);
