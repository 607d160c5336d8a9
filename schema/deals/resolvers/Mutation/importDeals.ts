import type { MutationResolvers } from './../../../types.generated.js';
import { runImport } from '../../../../src/modules/imports/import-runner.js';
import { dealImporter } from '../../../../src/modules/deals/deals.import.js';

export const importDeals: NonNullable<MutationResolvers['importDeals']> = (_parent, { input }, ctx) =>
  runImport(ctx, dealImporter, input);
