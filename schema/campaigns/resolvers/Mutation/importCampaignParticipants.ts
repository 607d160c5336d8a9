import type { MutationResolvers } from './../../../types.generated.js';
import { runImport } from '../../../../src/modules/imports/import-runner.js';
import { participantImporter } from '../../../../src/modules/campaigns/campaigns.import.js';

export const importCampaignParticipants: NonNullable<MutationResolvers['importCampaignParticipants']> = (_parent, { input }, ctx) =>
  runImport(ctx, participantImporter, input);
