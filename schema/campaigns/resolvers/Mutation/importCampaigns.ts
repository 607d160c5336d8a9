import type { MutationResolvers } from './../../../types.generated.js';
import { runImport } from '../../../../src/modules/imports/import-runner.js';
import { campaignImporter } from '../../../../src/modules/campaigns/campaigns.import.js';

export const importCampaigns: NonNullable<MutationResolvers['importCampaigns']> = (_parent, { input }, ctx) =>
  runImport(ctx, campaignImporter, input);
