import { fromHundredths, toHundredths } from '../../lib/money.js';

/** The scale of a campaign's ROI: a ratio with 4 decimal places (2.3333 for a profit of 700 on a cost of 300). */
export const ROI_SCALE = 4;
const ROI_UNIT = 10n ** BigInt(ROI_SCALE);

export interface CampaignFigures { totalCost: string; totalRevenue: string; profit: string; roi: string | null }

/** `numerator / denominator`, rounded half away from zero, exactly. */
function dividedRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = (numerator < 0n) !== (denominator < 0n);
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (2n * n + d) / (2n * d);
  return negative ? -quotient : quotient;
}

/** A fixed-point number of `ROI_SCALE` places as a decimal string: 23333n → "2.3333". */
function ratioText(value: bigint): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(ROI_SCALE + 1, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -ROI_SCALE)}.${digits.slice(-ROI_SCALE)}`;
}

/**
 * A campaign's figures from the exact sums of its expenses and revenues (decimal strings as the
 * database sums them): profit = revenue − cost, ROI = profit / cost, all in integers of
 * hundredths, so no float ever enters. ROI is null without a cost: the ratio is undefined.
 */
export function campaignFigures(cost: string, revenue: string): CampaignFigures {
  const costHundredths = toHundredths(cost)!;
  const revenueHundredths = toHundredths(revenue)!;
  const profit = revenueHundredths - costHundredths;
  return {
    totalCost: fromHundredths(costHundredths),
    totalRevenue: fromHundredths(revenueHundredths),
    profit: fromHundredths(profit),
    roi: costHundredths === 0n ? null : ratioText(dividedRounded(profit * ROI_UNIT, costHundredths)),
  };
}
