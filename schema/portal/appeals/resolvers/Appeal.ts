import type { AppealResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../../src/lib/global-id.js';

export const Appeal: Pick<AppealResolvers, 'actions'|'createdAt'|'dueAt'|'id'|'number'|'resolution'|'resolvedAt'|'status'|'subject'|'text'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('Appeal', id),
  // Only the actions staff share with the client, and the client's own comments.
  actions: ({ id }, _args, { reads }) => reads.load.appealActions.load(id),
};
