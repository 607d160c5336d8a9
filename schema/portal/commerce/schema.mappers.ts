import type {
  AgreementRow, ContractLineRow, ContractRow, ObligationFulfilmentRow, ObligationRow, OrderLineRow, OrderRow, PaymentRow, ProductRow, ShipmentRow,
} from '../../../src/db/schema/index.js';
import type { Terms } from '../../../src/modules/agreements/terms.js';
import type { Connection } from '../../../src/lib/connection.js';
import type { SettlementTotals } from '../../../src/modules/orders/orders.repository.js';

export type AgreementMapper = AgreementRow;
export type AgreementTermsMapper = Terms;
export type ContractMapper = ContractRow;
export type ContractLineMapper = ContractLineRow;
export type ContractConnectionMapper = Connection<ContractRow>;
export type OrderMapper = OrderRow;
export type OrderLineMapper = OrderLineRow;
export type ShipmentMapper = ShipmentRow;
export type PaymentMapper = PaymentRow;
export type OrderConnectionMapper = Connection<OrderRow>;
export type ObligationMapper = ObligationRow;
export type ObligationConnectionMapper = Connection<ObligationRow>;
export type SettlementsMapper = SettlementTotals;
export type ProductNameMapper = ProductRow;
export type ObligationFulfilmentMapper = ObligationFulfilmentRow;
