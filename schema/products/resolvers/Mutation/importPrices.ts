import type { MutationResolvers } from './../../../types.generated.js';
import { runImport } from '../../../../src/modules/imports/import-runner.js';
import { priceImporter } from '../../../../src/modules/products/prices.import.js';

export const importPrices: NonNullable<MutationResolvers['importPrices']> = (_parent, { input }, ctx) =>
  runImport(ctx, priceImporter, input);
