import { sql, type SQL } from 'drizzle-orm';
import type { Context } from '../../context.js';
import type { Database } from '../../db/client.js';
import { executeRows } from '../../db/raw.js';
import {
  contracts, counterparties, obligationFulfilments, obligations, orderLines, orders, payments, products, shipments,
} from '../../db/schema/index.js';
import { today } from '../../lib/dates.js';
import { requireKey, toGlobalId } from '../../lib/global-id.js';

/**
 * The order analysis report: an order's lines, shipments, payments, the obligations of its
 * contract with what the order fulfilled of each, and the settlements it leaves, read in one
 * statement that builds the whole answer as one JSON value.
 */

interface Movement { id: number; date: string; amount: string; fulfilledAmount: string }

interface AnalysisRow {
  orderId: number; number: string; date: string; status: 'DRAFT' | 'POSTED' | 'CANCELLED'; currency: string;
  counterpartyId: number; counterpartyName: string; agreementId: number | null; contractId: number | null; contractNumber: string | null;
  total: string; shippedAmount: string; paidAmount: string;
  lines: {
    lineNo: number; productId: number; productName: string; productType: 'GOODS' | 'SERVICE';
    quantity: string; shippedQuantity: string; outstandingQuantity: string; amount: string;
  }[];
  shipments: Movement[];
  payments: Movement[];
  obligations: {
    obligationId: number; kind: 'DELIVERY' | 'PAYMENT' | 'SERVICE' | 'DOCUMENT' | 'OTHER'; debtor: 'OURS' | 'THEIRS'; description: string;
    dueDate: string | null; amount: string | null; fulfilledAmount: string; fulfilledByOrder: string; outstandingAmount: string | null;
    status: 'OPEN' | 'PARTIALLY_FULFILLED' | 'FULFILLED' | 'CANCELLED'; overdue: boolean;
  }[];
  settlements: { outstandingPayment: string; overduePayment: string; shippedUnpaid: string; outstandingShipment: string; outstandingPrepayment: string };
}

const day = (column: SQL) => sql`to_char(${column}, 'YYYY-MM-DD')`;
const money = (expression: SQL) => sql`(${expression})::numeric(18, 2)::text`;
/** What the order still leaves owed is counted only for a POSTED one. */
const ifPosted = (expression: SQL) => money(sql`case when o.status = 'POSTED' then ${expression} else 0 end`);
const fulfilledBy = (source: SQL) => money(sql`select coalesce(sum(f.amount), 0) from ${obligationFulfilments} f where ${source}`);

/** The analysis of order `orderId` on `on` (the caller's today), or null when there is none. */
export async function orderAnalysisRow(db: Database, orderId: number, on: string): Promise<AnalysisRow | null> {
  const [row] = await executeRows<{ analysis: string }>(db, sql`
    select json_build_object(
      'orderId', o.id, 'number', o.number, 'date', ${day(sql`o.date`)}, 'status', o.status, 'currency', o.currency,
      'counterpartyId', o.counterparty_id, 'counterpartyName', cp.name,
      'agreementId', o.agreement_id, 'contractId', o.contract_id, 'contractNumber', c.number,
      'total', ${money(sql`o.total`)}, 'shippedAmount', ${money(sql`o.shipped_amount`)}, 'paidAmount', ${money(sql`o.paid_amount`)},
      'lines', (
        select coalesce(json_agg(json_build_object(
          'lineNo', l.line_no, 'productId', l.product_id, 'productName', p.name, 'productType', p.type,
          'quantity', l.quantity::text, 'shippedQuantity', l.shipped_quantity::text,
          'outstandingQuantity', (l.quantity - l.shipped_quantity)::numeric(18, 3)::text, 'amount', ${money(sql`l.amount`)}
        ) order by l.line_no), '[]'::json)
        from ${orderLines} l join ${products} p on p.id = l.product_id where l.order_id = o.id),
      'shipments', (
        select coalesce(json_agg(json_build_object(
          'id', s.id, 'date', ${day(sql`s.date`)}, 'amount', ${money(sql`s.amount`)}, 'fulfilledAmount', ${fulfilledBy(sql`f.shipment_id = s.id`)}
        ) order by s.date, s.id), '[]'::json)
        from ${shipments} s where s.order_id = o.id),
      'payments', (
        select coalesce(json_agg(json_build_object(
          'id', pay.id, 'date', ${day(sql`pay.date`)}, 'amount', ${money(sql`pay.amount`)}, 'fulfilledAmount', ${fulfilledBy(sql`f.payment_id = pay.id`)}
        ) order by pay.date, pay.id), '[]'::json)
        from ${payments} pay where pay.order_id = o.id),
      'obligations', (
        select coalesce(json_agg(json_build_object(
          'obligationId', ob.id, 'kind', ob.kind, 'debtor', ob.debtor, 'description', ob.description, 'dueDate', ${day(sql`ob.due_date`)},
          'amount', ob.amount::text, 'fulfilledAmount', ${money(sql`ob.fulfilled_amount`)},
          'fulfilledByOrder', ${fulfilledBy(sql`f.obligation_id = ob.id and (
            f.shipment_id in (select id from ${shipments} where order_id = o.id) or f.payment_id in (select id from ${payments} where order_id = o.id))`)},
          'outstandingAmount', (ob.amount - ob.fulfilled_amount)::text,
          'status', ob.status,
          'overdue', coalesce(ob.due_date < ${on}::date, false) and ob.status in ('OPEN', 'PARTIALLY_FULFILLED')
        ) order by coalesce(ob.due_date, '9999-12-31'::date), ob.id), '[]'::json)
        from ${obligations} ob where ob.contract_id = o.contract_id),
      'settlements', json_build_object(
        'outstandingPayment', ${ifPosted(sql`o.total - o.paid_amount`)},
        'overduePayment', ${ifPosted(sql`case when o.expected_payment_date < ${on}::date then o.total - o.paid_amount else 0 end`)},
        'shippedUnpaid', ${ifPosted(sql`greatest(o.shipped_amount - o.paid_amount, 0)`)},
        'outstandingShipment', ${ifPosted(sql`o.total - o.shipped_amount`)},
        'outstandingPrepayment', ${ifPosted(sql`greatest(o.prepayment_required - o.paid_amount, 0)`)}
      )
    )::text as analysis
    from ${orders} o
    join ${counterparties} cp on cp.id = o.counterparty_id
    left join ${contracts} c on c.id = o.contract_id
    where o.id = ${orderId}`);
  return row ? JSON.parse(row.analysis) as AnalysisRow : null;
}

const movement = (type: 'Shipment' | 'Payment') => (m: Movement) => ({ ...m, id: toGlobalId(type, m.id) });

/** `Query.orderAnalysis`: the report of one order, its ids made global; null when there is no such order. */
export async function orderAnalysis(ctx: Context, orderId: string) {
  const row = await orderAnalysisRow(ctx.db, requireKey(orderId, 'Order', ['orderId']), today(ctx.timeZone));
  if (!row) return null;
  return {
    ...row,
    orderId: toGlobalId('Order', row.orderId),
    counterpartyId: toGlobalId('Counterparty', row.counterpartyId),
    agreementId: row.agreementId === null ? null : toGlobalId('Agreement', row.agreementId),
    contractId: row.contractId === null ? null : toGlobalId('Contract', row.contractId),
    lines: row.lines.map((line) => ({ ...line, productId: toGlobalId('Product', line.productId) })),
    shipments: row.shipments.map(movement('Shipment')),
    payments: row.payments.map(movement('Payment')),
    obligations: row.obligations.map((o) => ({ ...o, obligationId: toGlobalId('Obligation', o.obligationId) })),
  };
}
