import type { CampaignResolvers } from './../../types.generated.js';
import { historyField } from '../../../src/modules/history/history.service.js';

export const Campaign: Pick<CampaignResolvers, 'history'|'__isTypeOf'> = {
  history: historyField('Campaign'),
};
