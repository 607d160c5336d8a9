import type { MutationResolvers } from './../../../types.generated.js';
import { runImport } from '../../../../src/modules/imports/import-runner.js';
import { serviceCardImporter } from '../../../../src/modules/service-cards/service-cards.import.js';

export const importServiceCards: NonNullable<MutationResolvers['importServiceCards']> = (_parent, { input }, ctx) =>
  runImport(ctx, serviceCardImporter, input);
