import type { OrderLineRow, OrderRow, PaymentRow, ShipmentLineRow, ShipmentRow } from '../../src/db/schema/index.js';
import type { Connection } from '../../src/lib/connection.js';
import type { SettlementEventRow } from '../../src/modules/orders/orders.repository.js';

export type OrderMapper = OrderRow;
export type OrderConnectionMapper = Connection<OrderRow>;
export type OrderLineMapper = OrderLineRow;
export type ShipmentMapper = ShipmentRow;
export type ShipmentLineMapper = ShipmentLineRow;
export type PaymentMapper = PaymentRow;
/** Settlements are computed per counterparty; each field reads its own loader. */
export type SettlementsMapper = { counterpartyId: number };
export type SettlementEventMapper = SettlementEventRow;
