import type { SettlementsResolvers } from './../../types.generated.js';

export const Settlements: SettlementsResolvers = {};
