import type { MutationResolvers } from './../../../types.generated.js';
import { runImport } from '../../../../src/modules/imports/import-runner.js';
import { productImporter } from '../../../../src/modules/products/products.import.js';

export const importProducts: NonNullable<MutationResolvers['importProducts']> = (_parent, { input }, ctx) =>
  runImport(ctx, productImporter, input);
