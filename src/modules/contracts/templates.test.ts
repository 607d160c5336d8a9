import { describe, expect, it } from 'vitest';
import {
  escapeHtml, placeholdersIn, renderTemplate, scheduleText, specificationTable, unknownPlaceholders, type TemplateValues,
} from './templates.js';

const VALUES: TemplateValues = {
  'counterparty.name': 'Dnipro <b>Steel</b>',
  'counterparty.legalName': 'Dnipro Steel "LLC"',
  'counterparty.taxNumber': null,
  'contract.number': 'C-1',
  'contract.date': '2026-01-31',
  'contract.total': '100.00',
  'contract.currency': 'EUR',
  'terms.paymentSchedule': '100.00% within 14 days of shipment',
  'terms.deliveryDays': '5',
  specification: 'A & B',
};

describe('contract templates', () => {
  it('finds placeholders, tolerating inner spaces, each once', () => {
    expect(placeholdersIn('{{ contract.number }} {{contract.number}} {{specification}} {x}')).toEqual(['contract.number', 'specification']);
  });

  it('names the unknown placeholders', () => {
    expect(unknownPlaceholders('Dear {{counterparty.name}}, {{counterparty.phone}} {{ foo }}')).toEqual(['counterparty.phone', 'foo']);
    expect(unknownPlaceholders('No placeholders at all')).toEqual([]);
  });

  it('escapes & < > " \' in what it inserts, not in the template itself', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
    expect(renderTemplate('<p>{{counterparty.name}}</p> {{counterparty.legalName}} [{{counterparty.taxNumber}}] {{specification}}', VALUES))
      .toBe('<p>Dnipro &lt;b&gt;Steel&lt;/b&gt;</p> Dnipro Steel &quot;LLC&quot; [] A &amp; B');
  });

  it('renders every known placeholder', () => {
    expect(renderTemplate('{{contract.number}} of {{contract.date}}: {{contract.total}} {{contract.currency}}; {{terms.deliveryDays}} days; {{terms.paymentSchedule}}', VALUES))
      .toBe('C-1 of 2026-01-31: 100.00 EUR; 5 days; 100.00% within 14 days of shipment');
  });

  it('writes the specification as a plain-text table and the schedule in words', () => {
    expect(specificationTable([
      { lineNo: 1, product: 'Drill', unit: 'pcs', quantity: '2.000', unitPrice: '10.00', amount: '20.00' },
      { lineNo: 2, product: 'Cable', unit: 'm', quantity: '10.500', unitPrice: '1.00', amount: '10.50' },
    ], '30.50', 'EUR')).toBe([
      'No | Product | Unit | Quantity | Price | Amount',
      '1  | Drill   | pcs  | 2.000    | 10.00 | 20.00',
      '2  | Cable   | m    | 10.500   | 1.00  | 10.50',
      'Total: 30.50 EUR',
    ].join('\n'));
    expect(scheduleText([
      { percent: '30.00', basis: 'ORDER', days: 0, prepayment: true },
      { percent: '70.00', basis: 'SHIPMENT', days: 14, prepayment: false },
    ])).toBe('30.00% prepaid within 0 days of the order; 70.00% within 14 days of shipment');
    expect(scheduleText(null)).toBe('');
  });
});
