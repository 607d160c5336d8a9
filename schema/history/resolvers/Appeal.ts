import type { AppealResolvers } from './../../types.generated.js';
import { historyField } from '../../../src/modules/history/history.service.js';

export const Appeal: Pick<AppealResolvers, 'history'|'__isTypeOf'> = {
  history: historyField('Appeal'),
};
