import { sql, type SQL } from 'drizzle-orm';

/**
 * The demo data set, generated inside the database with generate_series so that 100,000
 * counterparties with their persons, chronicle and obligations load in seconds, not one insert
 * per row. Values are derived from hashes of the row number: the same size gives the same data.
 */

export interface SeedSize {
  counterparties: number;
  personsPerCounterparty: number;
  chroniclePerCounterparty: number;
  obligationsPerCounterparty: number;
}

/** A pseudo-random pick from an array literal, driven by a hash of `seed`. */
const pick = (items: string[], seed: SQL) =>
  sql.raw(`(array[${items.map((item) => `'${item.replace(/'/g, "''")}'`).join(',')}])[1 + abs(hashint4(`).append(seed).append(sql.raw(`)) % ${items.length}]`));

const hash = (seed: SQL, modulo: number) => sql`(abs(hashint4(${seed})) % ${sql.raw(String(modulo))})`;

const FIRST_NAMES = ['Olena', 'Taras', 'Iryna', 'Andrii', 'Oksana', 'Mykola', 'Kateryna', 'Dmytro', 'Anna', 'Piotr', 'Agnieszka', 'Tomasz', 'Marta', 'Jan', 'Svitlana', 'Yurii', 'Natalia', 'Pavlo', 'Zofia', 'Krzysztof'];
const LAST_NAMES = ['Koval', 'Shevchenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Nowak', 'Kowalski', 'Wisniewski', 'Melnyk', 'Boyko', 'Lysenko', 'Marchenko', 'Zielinski', 'Wojcik', 'Rudenko', 'Savchenko', 'Petrenko', 'Kaminski', 'Hrytsenko', 'Lewandowski'];
const NAME_WORDS = ['Dnipro', 'Karpaty', 'Polissia', 'Vistula', 'Baltic', 'Podillia', 'Tavria', 'Slavuta', 'Orion', 'Atlas', 'Horyzont', 'Zenit', 'Kvant', 'Sokil', 'Lider', 'Prime', 'Nova', 'Granit', 'Mriya', 'Volyn'];
const NAME_TRADES = ['Steel', 'Agro', 'Logistics', 'Pharma', 'Foods', 'Trade', 'Energy', 'Build', 'Textile', 'Auto', 'Systems', 'Mills', 'Retail', 'Chem', 'Print'];
const NAME_FORMS = ['LLC', 'JSC', 'Sp. z o.o.', 'S.A.', 'PE', 'Group'];
const CITIES = ['Kyiv', 'Lviv', 'Dnipro', 'Kharkiv', 'Odesa', 'Warsaw', 'Krakow', 'Gdansk', 'Poznan', 'Vinnytsia'];
const INDUSTRIES = ['Manufacturing', 'Agriculture', 'Retail', 'Logistics', 'Healthcare', 'Construction', 'Energy', 'Education', 'Public sector', 'IT'];
const SEGMENTS = ['wholesale', 'retail', 'dealers', 'distributors', 'key accounts'];
const SUBJECTS = ['Price list request', 'Follow-up call', 'Contract negotiation', 'Delivery delay', 'Quarterly review', 'Invoice question', 'Product presentation', 'Service visit', 'Complaint about packaging', 'Conference invitation', 'Satisfaction survey', 'New tender'];

/** The large tables the seed fills; their foreign keys and indexes are rebuilt after the load. */
export const BULK_TABLES = ['counterparties', 'persons', 'person_positions', 'chronicle_entries', 'obligations'];

/** What every external id of one seed run starts with, so a run's rows can be found again. */
export const seedPrefix = (runId: string) => `seed-${runId}-`;

/**
 * Deals (a posted contract and a posted order, most of them paid, some shipped) for one
 * counterparty in 200, at most 500: they go through the services one by one, which is what keeps
 * them right and what makes them slow.
 */
export const dealCount = (counterparties: number) => Math.min(500, Math.ceil(counterparties / 200));

export function seedStatements(runId: string, size: SeedSize): SQL[] {
  const n = size.counterparties;
  const prefix = seedPrefix(runId);
  return [
    sql`insert into departments (name) select d from unnest(array['Sales','Service','Marketing','Contact centre','Management']) d on conflict do nothing`,
    sql`insert into employees (full_name, email, position, department_id, time_zone)
      select ${pick(FIRST_NAMES, sql`i`)} || ' ' || ${pick(LAST_NAMES, sql`i * 7`)},
             'employee' || i || '@crm.example', ${pick(['Sales manager', 'Account manager', 'Service engineer', 'Operator'], sql`i`)},
             (select id from departments order by id limit 1 offset (i % 5)), ${pick(['Europe/Kyiv', 'Europe/Warsaw'], sql`i`)}
      from generate_series(1, 50) i on conflict (email) do nothing`,
    sql`insert into information_sources (name) select s from unnest(array['Website','Exhibition','Referral','Cold call','Newspaper ad','Social media','Partner','Tender portal']) s on conflict do nothing`,
    sql`insert into counterparty_groups (name) select g from unnest(array['Clients','Prospects','Partners','Suppliers','Competitors']) g
      on conflict do nothing`,
    sql`insert into counterparty_groups (name, parent_id)
      select sub, (select id from counterparty_groups where name = 'Clients' and parent_id is null)
      from unnest(array['Budget-funded','Self-financed','Key accounts']) sub on conflict do nothing`,
    sql`create temp table seed_refs as select
      (select array_agg(id order by id) from employees) as employees,
      (select array_agg(id order by id) from information_sources) as sources,
      (select array_agg(id order by id) from counterparty_groups) as groups`,
    sql`analyze seed_refs`,
    sql`insert into counterparties (external_id, kind, roles, name, legal_name, tax_number, registration_number, addresses, phones, emails,
        websites, industry, region, segment, importance, responsible_employee_id, information_source_id, group_id, notes)
      select ${prefix} || i,
        case when i % 10 = 0 then 'INDIVIDUAL' else 'ORGANIZATION' end::counterparty_kind,
        string_to_array((array['CLIENT', 'PROSPECT', 'CLIENT,PARTNER', 'SUPPLIER', 'COMPETITOR', 'CLIENT'])[1 + i % 6], ',')::counterparty_role[],
        case when i % 10 = 0 then ${pick(FIRST_NAMES, sql`i`)} || ' ' || ${pick(LAST_NAMES, sql`i * 3`)}
             else ${pick(NAME_WORDS, sql`i`)} || ' ' || ${pick(NAME_TRADES, sql`i * 5`)} || ' ' || i end,
        case when i % 10 = 0 then null else ${pick(NAME_WORDS, sql`i`)} || ' ' || ${pick(NAME_TRADES, sql`i * 5`)} || ' ' || ${pick(NAME_FORMS, sql`i`)} end,
        lpad((10000000 + ${hash(sql`i * 11`, 89999999)})::text, 8, '0'),
        'REG-' || i,
        ('[{"kind": "LEGAL", "countryCode": "' || case when i % 3 = 0 then 'PL' else 'UA' end || '", "city": "' || ${pick(CITIES, sql`i`)}
          || '", "street": "Street ' || (i % 200) || '", "building": "' || (i % 90 + 1) || '", "region": null, "postalCode": "'
          || lpad((i % 99999)::text, 5, '0') || '", "unit": null, "text": null}]')::jsonb,
        ('[{"kind": "WORK", "number": "+380 ' || lpad(${hash(sql`i * 13`, 1000000000)}::text, 9, '0') || '", "extension": null, "note": null}]')::jsonb,
        ('[{"kind": "WORK", "address": "office' || i || '@company.example", "note": null}]')::jsonb,
        array['https://company' || i || '.example'],
        ${pick(INDUSTRIES, sql`i * 17`)}, ${pick(CITIES, sql`i`)}, ${pick(SEGMENTS, sql`i * 19`)},
        (array['KEY','NORMAL','NORMAL','NORMAL','LOW'])[1 + i % 5]::importance,
        r.employees[1 + ${hash(sql`i * 23`, 50)} % array_length(r.employees, 1)],
        r.sources[1 + i % array_length(r.sources, 1)],
        r.groups[1 + i % array_length(r.groups, 1)],
        case when i % 7 = 0 then 'Prefers contact by e-mail.' end
      from generate_series(1, ${n}) i, seed_refs r`,
    sql`create temp table seed_counterparties as
      select id, row_number() over (order by id) as n from counterparties where external_id like ${prefix + '%'}`,
    sql`create unique index on seed_counterparties (n)`,
    sql`analyze seed_counterparties`,
    sql`insert into persons (external_id, last_name, first_name, phones, emails, birthday, notes)
      select ${prefix} || 'p' || j, ${pick(LAST_NAMES, sql`j`)}, ${pick(FIRST_NAMES, sql`j * 3`)},
        ('[{"kind": "MOBILE", "number": "+380 67 ' || lpad(${hash(sql`j * 29`, 10000000)}::text, 7, '0') || '", "extension": null, "note": null}]')::jsonb,
        ('[{"kind": "WORK", "address": "person' || j || '@company.example", "note": null}]')::jsonb,
        date '1960-01-01' + ${hash(sql`j * 31`, 15000)}::int,
        null
      from generate_series(1, ${n * size.personsPerCounterparty}) j`,
    sql`insert into person_positions (person_id, counterparty_id, title, is_primary, start_date)
      select p.id, c.id, ${pick(['Director', 'Chief accountant', 'Purchasing manager', 'Engineer', 'Logistics lead'], sql`p.id::int`)},
        (p.n - 1) % ${size.personsPerCounterparty} = 0, date '2015-01-01' + ${hash(sql`p.id::int`, 3000)}::int
      from (select id, row_number() over (order by id) as n from persons where external_id like ${prefix + 'p%'}) p
      join seed_counterparties c on c.n = (p.n - 1) / ${size.personsPerCounterparty} + 1`,
    sql`insert into chronicle_entries (counterparty_id, responsible_employee_id, information_source_id, kind, status, channel, direction,
        importance, planned_at, happened_at, duration_minutes, subject, result, created_at)
      select c.id, r.employees[1 + ${hash(sql`k * 37`, 50)} % array_length(r.employees, 1)],
        case when k % 9 = 0 then r.sources[1 + k % array_length(r.sources, 1)] end,
        (array['CALL','EMAIL','MEETING','VISIT','CONTACT','LETTER','TASK']::chronicle_kind[])[1 + k % 7],
        case when at > now() then 'PLANNED'::chronicle_status when k % 23 = 0 then 'CANCELLED'::chronicle_status else 'DONE'::chronicle_status end,
        (array['PHONE','EMAIL','MEETING','VISIT','OTHER','LETTER','OTHER']::contact_channel[])[1 + k % 7],
        case when k % 3 = 0 then 'INCOMING'::contact_direction else 'OUTGOING'::contact_direction end,
        (array['NORMAL','NORMAL','KEY','LOW','NORMAL']::importance[])[1 + k % 5],
        at, case when at <= now() and k % 23 <> 0 then at end,
        5 + k % 55, ${pick(SUBJECTS, sql`k`)}, case when at <= now() then 'Agreed next steps.' end, least(at, now())
      from (select k, ((k - 1) / ${size.chroniclePerCounterparty} + 1) as n,
              now() - interval '5 years' + make_interval(days => ${hash(sql`k * 41`, 1900)}, mins => k % 600) as at
            from generate_series(1, ${n * size.chroniclePerCounterparty}) k
            -- "offset 0" keeps the subquery from being inlined, so "at" is computed once per row, not once per use
            offset 0) s
      join seed_counterparties c on c.n = s.n, seed_refs r`,
    sql`insert into obligations (counterparty_id, kind, debtor, description, amount, currency, fulfilled_amount, due_date, status)
      select c.id, (array['PAYMENT','DELIVERY','SERVICE','DOCUMENT'])[1 + m % 4]::obligation_kind,
        case when m % 4 = 0 then 'THEIRS' else 'OURS' end::obligation_debtor,
        ${pick(['Payment for goods', 'Delivery of goods', 'Quarterly maintenance', 'Signed acts'], sql`m`)},
        amount, 'UAH', case when m % 5 = 0 then amount when m % 5 = 1 then round(amount / 2, 2) else 0 end,
        current_date - 400 + ${hash(sql`m * 43`, 800)}::int,
        case when m % 5 = 0 then 'FULFILLED' when m % 5 = 1 then 'PARTIALLY_FULFILLED' else 'OPEN' end::obligation_status
      from (select m, (m - 1) / ${size.obligationsPerCounterparty} + 1 as n, round((100 + ${hash(sql`m * 47`, 500000)})::numeric, 2) as amount
            from generate_series(1, ${n * size.obligationsPerCounterparty}) m) s
      join seed_counterparties c on c.n = s.n`,
    // What a seeded obligation has fulfilled was fulfilled by hand: one entry of its chronicle.
    sql`insert into obligation_fulfilments (obligation_id, date, amount)
      select o.id, least(o.due_date, current_date), o.fulfilled_amount from obligations o
      join seed_counterparties c on c.id = o.counterparty_id where o.fulfilled_amount > 0`,
    ...commerceStatements(prefix, n),
    sql`drop table seed_refs`,
    sql`drop table seed_counterparties`,
  ];
}

const PRODUCT_GROUPS = ['Steel', 'Pipes', 'Fasteners', 'Packaging', 'Chemicals', 'Tools'];
const PRODUCT_WORDS = ['Sheet', 'Bar', 'Pipe', 'Bolt', 'Nut', 'Film', 'Box', 'Primer', 'Solvent', 'Drill', 'Grinder', 'Wire'];
const SERVICES = ['Delivery', 'Installation', 'Maintenance visit', 'Cutting to size', 'Consulting hour'];

/**
 * The commercial side: price types, a product catalogue of one item per 20 counterparties with
 * two years of prices, a typical agreement per segment and individual agreements for one client
 * in five, made from its segment's typical agreement with some terms overridden.
 */
export const productCount = (counterparties: number) => Math.max(50, Math.ceil(counterparties / 20));

function commerceStatements(prefix: string, counterpartyCount: number): SQL[] {
  return [
    sql`insert into price_types (code, name, currency)
      select code, name, 'UAH' from (values ('retail', 'Retail'), ('wholesale', 'Wholesale'), ('dealer', 'Dealer')) v(code, name)
      on conflict (code) do nothing`,
    sql`insert into product_groups (name) select g from unnest(array[${sql.raw(PRODUCT_GROUPS.concat('Services').map((g) => `'${g}'`).join(','))}]) g
      on conflict do nothing`,
    sql`insert into products (external_id, code, name, type, unit, group_id)
      select ${prefix} || 'prod-' || k, ${prefix} || lpad(k::text, 6, '0'),
        case when k % 10 = 0 then ${pick(SERVICES, sql`k`)} || ' ' || k
             else ${pick(PRODUCT_WORDS, sql`k`)} || ' ' || (10 + k % 90) || 'x' || (1 + k % 9) || ' #' || k end,
        case when k % 10 = 0 then 'SERVICE' else 'GOODS' end::product_type,
        case when k % 10 = 0 then 'hour' when k % 3 = 0 then 'kg' else 'pcs' end,
        (select id from product_groups where parent_id is null and name =
          case when k % 10 = 0 then 'Services' else (array[${sql.raw(PRODUCT_GROUPS.map((g) => `'${g}'`).join(','))}])[1 + k % ${sql.raw(String(PRODUCT_GROUPS.length))}] end)
      from generate_series(1, ${productCount(counterpartyCount)}) k`,
    sql`insert into prices (product_id, price_type_id, effective_from, price)
      select p.id, t.id, d.effective_from,
        round((10 + abs(hashint4(p.id::int)) % 5000) * d.factor * t.factor, 2)
      from products p
      cross join (select id, case code when 'retail' then 1.0 when 'wholesale' then 0.85 else 0.8 end as factor from price_types
                  where code in ('retail', 'wholesale', 'dealer')) t
      cross join (values (date_trunc('year', now())::date - 365, 1.0), (date_trunc('year', now())::date, 1.08)) d(effective_from, factor)
      where p.external_id like ${prefix + 'prod-%'}`,
    sql`insert into agreements (external_id, name, kind, status, segment, payment_schedule, payment_method, price_type_id, currency,
        delivery_days, discount_percent, valid_from, contracts_required)
      select ${prefix} || 'typical-' || s, 'Standard terms: ' || s, 'TYPICAL', 'ACTIVE', s,
        case when s in ('dealers', 'key accounts')
          then '[{"percent": "100", "basis": "SHIPMENT", "days": 30, "prepayment": false}]'::jsonb
          else '[{"percent": "30", "basis": "ORDER", "days": 3, "prepayment": true}, {"percent": "70", "basis": "SHIPMENT", "days": 14, "prepayment": false}]'::jsonb end,
        'BANK_TRANSFER',
        (select id from price_types where code = case s when 'retail' then 'retail' when 'dealers' then 'dealer' else 'wholesale' end),
        'UAH', case when s = 'retail' then 3 else 7 end, case when s = 'key accounts' then 5 else 0 end,
        date_trunc('year', now())::date - 365, s in ('wholesale', 'distributors', 'key accounts')
      from unnest(array[${sql.raw(SEGMENTS.map((g) => `'${g}'`).join(','))}]) s`,
    sql`insert into agreements (external_id, name, kind, status, counterparty_id, base_agreement_id, discount_percent, delivery_days)
      select ${prefix} || 'individual-' || c.id, 'Terms of ' || c.name, 'INDIVIDUAL', 'ACTIVE', c.id, t.id,
        case when c.id % 3 = 0 then 2.5 end, case when c.id % 4 = 0 then 5 end
      from counterparties c join agreements t on t.kind = 'TYPICAL' and t.segment = c.segment and t.external_id like ${prefix + 'typical-%'}
      where c.external_id like ${prefix + '%'} and 'CLIENT' = any(c.roles) and c.id % 5 = 0`,
  ];
}
