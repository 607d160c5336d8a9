import type { ImportRow } from './types.js';

/**
 * Realistic counterparty rows for trying the importer and for the crash test. Row `i` depends only
 * on (seed, i), so any row can be made again to compare with what the database holds. External ids
 * and tax numbers are unique; a few names carry commas, quotes and notes line breaks, so a CSV of
 * them needs real quoting.
 */

/** The groups the rows name by path; they must exist before the import (see groups.ts). */
export const SAMPLE_GROUP_PATHS = ['Clients', 'Clients/Key accounts', 'Clients/Self-financed', 'Partners', 'Suppliers'];

export const SAMPLE_COLUMNS = [
  'externalId', 'kind', 'roles', 'name', 'legalName', 'taxNumber', 'registrationNumber', 'phones', 'emails', 'websites',
  'addresses', 'industry', 'region', 'segment', 'size', 'importance', 'groupPath', 'notes',
];

const PLACES = ['Dnipro', 'Kyiv', 'Lviv', 'Odesa', 'Kharkiv', 'Poltava', 'Vinnytsia', 'Chernihiv', 'Zhytomyr', 'Uzhhorod', 'Rivne', 'Sumy'];
const WORDS = ['Atlas', 'Vector', 'Granite', 'Silver', 'Green Valley', 'Polar', 'Delta', 'Orion', 'Northern', 'Baltic', 'Sunrise', 'Meridian', 'Falcon', 'Oak'];
const TRADES = ['Steel', 'Logistics', 'Foods', 'Pharma', 'Textiles', 'Agro', 'Energy', 'Software', 'Trading', 'Construction', 'Paper', 'Glass', 'Motors', 'Chemicals'];
const FORMS = ['LLC', 'Ltd', 'JSC', 'Group', 'Trading House', 'PE'];
const FIRST = ['Olena', 'Andrii', 'Iryna', 'Taras', 'Maria', 'Dmytro', 'Kateryna', 'Oleh', 'Natalia', 'Serhii', 'Yulia', 'Bohdan'];
const LAST = ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Boyko', 'Koval', 'Oliinyk', 'Lysenko'];
const ROLES = [['CLIENT'], ['CLIENT'], ['PROSPECT'], ['CLIENT', 'PARTNER'], ['SUPPLIER'], ['PARTNER'], ['COMPETITOR'], ['CLIENT', 'SUPPLIER']];
const INDUSTRIES = ['Manufacturing', 'Retail', 'Wholesale', 'Agriculture', 'IT', 'Transport', 'Construction', 'Healthcare'];
const SEGMENTS = ['Wholesale', 'Retail', 'Key accounts', 'Small business'];
const SIZES = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'];
const STREETS = ['Khreshchatyk', 'Shevchenka', 'Naukova', 'Hrushevskoho', 'Sadova', 'Zavodska', 'Lesi Ukrainky'];
const NOTES = ['Prefers e-mail.', 'Pays on time.', 'Met at the Kyiv trade fair, "AgroExpo".', 'Call before noon.\nThe director decides.', 'Discount agreed, see contract.'];

/** A small fast PRNG (mulberry32) seeded from (seed, index). */
export function seededRandom(seed: number, index: number): () => number {
  let state = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function sampleExternalId(prefix: string, index: number): string {
  return `${prefix}-${String(index + 1).padStart(7, '0')}`;
}

export function sampleCounterparty(index: number, seed = 1, prefix = 'CP'): ImportRow {
  const r = seededRandom(seed, index);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)];
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
  const individual = r() < 0.1;
  const place = pick(PLACES);
  const tag = (index + 1).toString(36);
  let name: string;
  let legalName: string | undefined;
  if (individual) {
    name = `${pick(LAST)} ${pick(FIRST)}`;
  } else {
    const base = `${r() < 0.5 ? place : pick(WORDS)} ${pick(TRADES)}`;
    const form = pick(FORMS);
    const quirk = r();
    name = quirk < 0.02 ? `"${base}" ${form}` : quirk < 0.05 ? `${base}, ${form}` : `${base} ${form}`;
    legalName = r() < 0.7 ? `${form === 'PE' ? 'Private Enterprise' : 'Limited Liability Company'} "${base}"` : undefined;
  }
  // Unique per index within 90 million rows: 7919 is prime and shares no factor with 9e7.
  const taxNumber = String(10_000_000 + ((index * 7919 + seed) % 90_000_000));
  const domain = `${slug(name)}-${tag}.example`;
  const row: ImportRow = {
    externalId: sampleExternalId(prefix, index),
    kind: individual ? 'INDIVIDUAL' : 'ORGANIZATION',
    roles: pick(ROLES),
    name,
    taxNumber: individual ? `${taxNumber}${digits(2)}` : taxNumber,
    phones: Array.from({ length: 1 + Math.floor(r() * 2) }, () => ({ number: `+380 ${digits(2)} ${digits(3)} ${digits(2)} ${digits(2)}` })),
    emails: individual ? [{ address: `${slug(name)}.${tag}@mail.example` }] : [{ address: `info@${domain}` }, ...(r() < 0.4 ? [{ address: `sales@${domain}` }] : [])],
    importance: r() < 0.1 ? 'KEY' : r() < 0.2 ? 'LOW' : 'NORMAL',
    region: `${place} region`,
  };
  if (legalName) row.legalName = legalName;
  if (!individual && r() < 0.6) row.registrationNumber = digits(10);
  if (!individual && r() < 0.5) row.websites = [`https://${domain}/`];
  if (r() < 0.2) row.addresses = [{ kind: 'LEGAL', countryCode: 'UA', city: place, street: pick(STREETS), building: String(1 + Math.floor(r() * 120)) }];
  if (!individual) {
    row.industry = pick(INDUSTRIES);
    row.segment = pick(SEGMENTS);
    row.size = pick(SIZES);
  }
  if (r() < 0.3) row.groupPath = pick(SAMPLE_GROUP_PATHS);
  if (r() < 0.1) row.notes = pick(NOTES);
  return row;
}
