import type { TaskResolvers } from './../../types.generated.js';
import { historyField } from '../../../src/modules/history/history.service.js';

export const Task: Pick<TaskResolvers, 'history'|'__isTypeOf'> = {
  history: historyField('Task'),
};
