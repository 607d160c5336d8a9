import type { MutationResolvers } from './../../../types.generated.js';
import { runImport } from '../../../../src/modules/imports/import-runner.js';
import { contactCardImporter } from '../../../../src/modules/contact-cards/contact-cards.import.js';

export const importContactCards: NonNullable<MutationResolvers['importContactCards']> = (_parent, { input }, ctx) =>
  runImport(ctx, contactCardImporter, input);
