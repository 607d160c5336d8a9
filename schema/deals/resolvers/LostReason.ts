import type { LostReasonResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';

export const LostReason: LostReasonResolvers = {
  id: ({ id }) => toGlobalId('LostReason', id),
};
