import { DateTime } from 'luxon';
import { fromHundredths, toHundredths } from '../../lib/money.js';

/**
 * The obligations a posted contract gives rise to, free of I/O.
 *
 * - One DELIVERY obligation (the company owes): the total, due `deliveryDays` after the contract
 *   date (on the contract date when there is no delivery term). A specification of services only
 *   makes it a SERVICE obligation instead: nothing is delivered, the services are rendered.
 * - One PAYMENT obligation (the counterparty owes) per stage of the payment schedule: total ×
 *   percent / 100 in whole cents, rounded down, with the remainder on the last stage so the
 *   stages add up to the total exactly; due `days` after the contract date (basis ORDER) or after
 *   the delivery due date (basis SHIPMENT). Without a schedule, one PAYMENT of the total due on the
 *   contract date.
 * Dates are calendar dates added in days with luxon (2028-02-28 + 1 day is 2028-02-29).
 */

export interface ScheduleStage { percent: string; basis: 'ORDER' | 'SHIPMENT'; days: number; prepayment: boolean }

export interface GeneratedObligation {
  kind: 'DELIVERY' | 'SERVICE' | 'PAYMENT';
  debtor: 'OURS' | 'THEIRS';
  amount: string;
  dueDate: string;
  description: string;
}

/** `date` (ISO) plus `days` calendar days, ISO. */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate()!;
}

/**
 * `total` (hundredths) split by `percents` (hundredths of a percent, adding up to 100.00): each
 * share rounded down to the cent, the last stage taking whatever is left.
 */
export function splitByPercents(total: bigint, percents: readonly bigint[]): bigint[] {
  let allocated = 0n;
  return percents.map((percent, i) => {
    if (i === percents.length - 1) return total - allocated;
    const share = (total * percent) / 10000n;
    allocated += share;
    return share;
  });
}

export function generateObligations(input: {
  contractNumber: string;
  date: string;
  total: string;
  deliveryDays: number | null;
  schedule: readonly ScheduleStage[] | null;
  /** Every line of the specification is a product of type SERVICE. */
  servicesOnly: boolean;
}): GeneratedObligation[] {
  const total = toHundredths(input.total)!;
  const deliveryDue = input.deliveryDays === null ? input.date : addDays(input.date, input.deliveryDays);
  const delivery: GeneratedObligation = input.servicesOnly
    ? { kind: 'SERVICE', debtor: 'OURS', amount: fromHundredths(total), dueDate: deliveryDue, description: `Services under contract ${input.contractNumber}` }
    : { kind: 'DELIVERY', debtor: 'OURS', amount: fromHundredths(total), dueDate: deliveryDue, description: `Delivery under contract ${input.contractNumber}` };
  const stages = input.schedule ?? [];
  if (stages.length === 0) {
    return [delivery, {
      kind: 'PAYMENT', debtor: 'THEIRS', amount: fromHundredths(total), dueDate: input.date,
      description: `Payment under contract ${input.contractNumber}`,
    }];
  }
  const shares = splitByPercents(total, stages.map((stage) => toHundredths(stage.percent)!));
  return [delivery, ...stages.map((stage, i): GeneratedObligation => ({
    kind: 'PAYMENT',
    debtor: 'THEIRS',
    amount: fromHundredths(shares[i]),
    dueDate: addDays(stage.basis === 'ORDER' ? input.date : deliveryDue, stage.days),
    description: `${stage.prepayment ? 'Prepayment' : 'Payment'} ${i + 1} of ${stages.length} (${stage.percent}%) under contract ${input.contractNumber}`,
  }))];
}
