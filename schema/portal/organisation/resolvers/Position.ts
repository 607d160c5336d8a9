import type { PositionResolvers } from './../../types.generated.js';

export const Position: PositionResolvers = {};
