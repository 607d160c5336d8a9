import type { CalendarConnectionResolvers } from './../../types.generated.js';

export const CalendarConnection: CalendarConnectionResolvers = {
  employee: ({ employeeId }, _args, ctx) => (employeeId === null ? null : ctx.loaders.catalogues.employeeById.load(employeeId)),
  totalCount: ({ totalCount }) => totalCount(),
};
