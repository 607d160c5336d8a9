import type { ShipmentResolvers } from './../../types.generated.js';

export const Shipment: ShipmentResolvers = {};
