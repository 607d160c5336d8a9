/**
 * Contract templates, free of I/O: a body with `{{name}}` placeholders, checked when the template
 * is saved and filled in for one contract. What is inserted is HTML-escaped (& < > " '), so a
 * counterparty's name can never inject markup into the rendered text.
 */

export const PLACEHOLDERS = [
  'counterparty.name',
  'counterparty.legalName',
  'counterparty.taxNumber',
  'contract.number',
  'contract.date',
  'contract.total',
  'contract.currency',
  'terms.paymentSchedule',
  'terms.deliveryDays',
  'specification',
] as const;

export type Placeholder = (typeof PLACEHOLDERS)[number];

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const KNOWN = new Set<string>(PLACEHOLDERS);

/** The distinct placeholder names in `body`, in order of first appearance. */
export function placeholdersIn(body: string): string[] {
  const names = new Set<string>();
  for (const match of body.matchAll(PLACEHOLDER)) names.add(match[1]);
  return [...names];
}

/** The placeholders of `body` the renderer does not know; a template may be saved only when empty. */
export const unknownPlaceholders = (body: string): string[] => placeholdersIn(body).filter((name) => !KNOWN.has(name));

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => ESCAPES[char]);

/** The values of one contract, unescaped; null renders as an empty string. */
export type TemplateValues = Record<Placeholder, string | null>;

/** `body` with every known placeholder replaced by its escaped value; an unknown one is left as written. */
export function renderTemplate(body: string, values: TemplateValues): string {
  return body.replace(PLACEHOLDER, (whole, name: string) =>
    (KNOWN.has(name) ? escapeHtml(values[name as Placeholder] ?? '') : whole));
}

export interface SpecificationLine { lineNo: number; product: string; unit: string; quantity: string; unitPrice: string; amount: string }

/** The specification as a plain-text table: a header row, one row per line, columns separated by " | ". */
export function specificationTable(lines: readonly SpecificationLine[], total: string, currency: string): string {
  const rows = [
    ['No', 'Product', 'Unit', 'Quantity', 'Price', 'Amount'],
    ...lines.map((line) => [String(line.lineNo), line.product, line.unit, line.quantity, line.unitPrice, line.amount]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const text = rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join(' | ').trimEnd());
  return [...text, `Total: ${total} ${currency}`].join('\n');
}

export interface ScheduleStage { percent: string; basis: 'ORDER' | 'SHIPMENT'; days: number; prepayment: boolean }

/** A payment schedule in words: "30.00% prepaid within 0 days of the order; 70.00% within 14 days of shipment". */
export function scheduleText(stages: readonly ScheduleStage[] | null): string {
  if (!stages || stages.length === 0) return '';
  return stages.map((stage) =>
    `${stage.percent}%${stage.prepayment ? ' prepaid' : ''} within ${stage.days} days of ${stage.basis === 'ORDER' ? 'the order' : 'shipment'}`).join('; ');
}
