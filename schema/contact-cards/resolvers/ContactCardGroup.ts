import type { ContactCardGroupResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { contactCardGroups } from '../../../src/modules/contact-cards/contact-cards.service.js';

export const ContactCardGroup: ContactCardGroupResolvers = {
  id: ({ id }) => toGlobalId('ContactCardGroup', id),
  parent: ({ parentId }, _args, ctx) => (parentId === null ? null : ctx.loaders.contactCards.groups.byId.load(parentId)),
  children: ({ id }, _args, ctx) => ctx.loaders.contactCards.groups.children.load(id),
  path: (group, _args, ctx) => contactCardGroups.path(ctx, group),
};
