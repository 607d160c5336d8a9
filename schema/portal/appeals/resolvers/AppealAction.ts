import type { AppealActionResolvers } from './../../types.generated.js';

export const AppealAction: AppealActionResolvers = {
  // The partner's reads leave out handovers (ASSIGNED), which name employees and departments.
  kind: ({ kind }) => kind as Exclude<typeof kind, 'ASSIGNED'>,
  // Staff never write comments (they record work), so a comment is the organisation's.
  fromOrganisation: ({ kind }) => kind === 'COMMENT',
};
