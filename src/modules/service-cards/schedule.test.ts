import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { PERIODICITIES, planVisits, scheduleRuleErrors, type ScheduleRules } from './schedule.js';

const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7];
const MON_FRI = [1, 2, 3, 4, 5];
const MON_SAT = [1, 2, 3, 4, 5, 6];

function rules(overrides: Partial<ScheduleRules> & Pick<ScheduleRules, 'periodStart' | 'periodEnd' | 'periodicity'>): ScheduleRules {
  return { workMode: { workingWeekdays: MON_FRI, holidays: [] }, plannedContacts: null, ...overrides };
}

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = DateTime.fromISO(from, { zone: 'utc' }); d.toISODate()! <= to; d = d.plus({ days: 1 })) out.push(d.toISODate()!);
  return out;
}

describe('planVisits: calendar arithmetic', () => {
  it('steps months from the period start, clamping to shorter months without drifting', () => {
    expect(planVisits(rules({
      periodStart: '2026-01-31', periodEnd: '2026-05-31', periodicity: 'MONTHLY',
      workMode: { workingWeekdays: ALL_DAYS, holidays: [] },
    }))).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31']);
    // 2028 is a leap year: February has a 29th.
    expect(planVisits(rules({
      periodStart: '2028-01-31', periodEnd: '2028-04-30', periodicity: 'MONTHLY',
      workMode: { workingWeekdays: ALL_DAYS, holidays: [] },
    }))).toEqual(['2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30']);
  });

  it('moves month-end visits off the weekend independently of the nominal dates', () => {
    // 2026-01-31 and 2026-02-28 are Saturdays; the next nominal date is still the 31st of March.
    expect(planVisits(rules({ periodStart: '2026-01-31', periodEnd: '2026-04-30', periodicity: 'MONTHLY' })))
      .toEqual(['2026-02-02', '2026-03-02', '2026-03-31', '2026-04-30']);
  });

  it('steps a yearly plan from Feb 29 to Feb 28, and back to Feb 29 in the next leap year', () => {
    // What luxon gives, which the plan follows: one year after 2028-02-29 is 2029-02-28.
    expect(DateTime.fromISO('2028-02-29', { zone: 'utc' }).plus({ years: 1 }).toISODate()).toBe('2029-02-28');
    expect(DateTime.fromISO('2028-02-29', { zone: 'utc' }).plus({ months: 12 }).toISODate()).toBe('2029-02-28');
    expect(planVisits(rules({
      periodStart: '2028-02-29', periodEnd: '2032-12-31', periodicity: 'YEARLY',
      workMode: { workingWeekdays: ALL_DAYS, holidays: [] },
    }))).toEqual(['2028-02-29', '2029-02-28', '2030-02-28', '2031-02-28', '2032-02-29']);
  });

  it('counts days across century leap rules: 2000 has a Feb 29, 2100 has none', () => {
    const everyDay = { workingWeekdays: ALL_DAYS, holidays: [] };
    expect(planVisits(rules({ periodStart: '1999-12-30', periodEnd: '2000-03-01', periodicity: 'EVERY_N_DAYS', interval: 30, workMode: everyDay })))
      .toEqual(['1999-12-30', '2000-01-29', '2000-02-28']);
    expect(planVisits(rules({ periodStart: '2000-02-27', periodEnd: '2000-03-01', periodicity: 'DAILY', workMode: everyDay })))
      .toEqual(['2000-02-27', '2000-02-28', '2000-02-29', '2000-03-01']);
    expect(planVisits(rules({ periodStart: '2100-02-27', periodEnd: '2100-03-01', periodicity: 'DAILY', workMode: everyDay })))
      .toEqual(['2100-02-27', '2100-02-28', '2100-03-01']);
    // 2100-03-01 is a Monday; Saturday 2100-02-27 and Sunday the 28th move onto the days after.
    expect(planVisits(rules({ periodStart: '2100-02-27', periodEnd: '2100-03-03', periodicity: 'DAILY' })))
      .toEqual(['2100-03-01', '2100-03-02', '2100-03-03']);
  });

  it('steps quarters and half-years from the start', () => {
    const everyDay = { workingWeekdays: ALL_DAYS, holidays: [] };
    expect(planVisits(rules({ periodStart: '2026-01-31', periodEnd: '2026-12-31', periodicity: 'QUARTERLY', workMode: everyDay })))
      .toEqual(['2026-01-31', '2026-04-30', '2026-07-31', '2026-10-31']);
    expect(planVisits(rules({ periodStart: '2026-08-31', periodEnd: '2027-12-31', periodicity: 'HALF_YEARLY', workMode: everyDay })))
      .toEqual(['2026-08-31', '2027-02-28', '2027-08-31']);
  });

  it('steps EVERY_N_DAYS, EVERY_N_WEEKS and EVERY_N_MONTHS by N', () => {
    const everyDay = { workingWeekdays: ALL_DAYS, holidays: [] };
    expect(planVisits(rules({ periodStart: '2026-01-01', periodEnd: '2026-02-28', periodicity: 'EVERY_N_DAYS', interval: 10, workMode: everyDay })))
      .toEqual(['2026-01-01', '2026-01-11', '2026-01-21', '2026-01-31', '2026-02-10', '2026-02-20']);
    // Mon–Fri: Sunday the 11th moves to Monday the 12th, Saturday the 31st to Monday Feb 2.
    expect(planVisits(rules({ periodStart: '2026-01-01', periodEnd: '2026-02-28', periodicity: 'EVERY_N_DAYS', interval: 10 })))
      .toEqual(['2026-01-01', '2026-01-12', '2026-01-21', '2026-02-02', '2026-02-10', '2026-02-20']);
    expect(planVisits(rules({ periodStart: '2026-01-05', periodEnd: '2026-03-01', periodicity: 'EVERY_N_WEEKS', interval: 2 })))
      .toEqual(['2026-01-05', '2026-01-19', '2026-02-02', '2026-02-16']);
    expect(planVisits(rules({ periodStart: '2026-01-31', periodEnd: '2026-12-31', periodicity: 'EVERY_N_MONTHS', interval: 2, workMode: everyDay })))
      .toEqual(['2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31', '2026-09-30', '2026-11-30']);
    expect(planVisits(rules({ periodStart: '2026-01-31', periodEnd: '2026-05-31', periodicity: 'EVERY_N_MONTHS', interval: 1, workMode: everyDay })))
      .toEqual(planVisits(rules({ periodStart: '2026-01-31', periodEnd: '2026-05-31', periodicity: 'MONTHLY', workMode: everyDay })));
  });
});

describe('planVisits: work mode', () => {
  it('visits on Saturdays when the client works them, otherwise on the Monday after', () => {
    // 2026-01-03 is a Saturday.
    const weekly = { periodStart: '2026-01-03', periodEnd: '2026-01-31', periodicity: 'WEEKLY' } as const;
    expect(planVisits(rules({ ...weekly, workMode: { workingWeekdays: MON_SAT, holidays: [] } })))
      .toEqual(['2026-01-03', '2026-01-10', '2026-01-17', '2026-01-24', '2026-01-31']);
    // Mon–Fri: the last Saturday would move to Monday Feb 2, past the period end, and is dropped.
    expect(planVisits(rules({ ...weekly, workMode: { workingWeekdays: MON_FRI, holidays: [] } })))
      .toEqual(['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26']);
  });

  it('moves a visit off a holiday to the next working day', () => {
    expect(planVisits(rules({
      periodStart: '2026-01-05', periodEnd: '2026-01-26', periodicity: 'WEEKLY',
      workMode: { workingWeekdays: MON_FRI, holidays: ['2026-01-12'] },
    }))).toEqual(['2026-01-05', '2026-01-13', '2026-01-19', '2026-01-26']);
  });

  it('moves a visit across a run of holidays and a weekend', () => {
    // Jan 1–8 are holidays and Jan 3–4 a weekend: the first working day is Friday Jan 9.
    expect(planVisits(rules({
      periodStart: '2026-01-01', periodEnd: '2026-03-31', periodicity: 'MONTHLY',
      workMode: { workingWeekdays: MON_FRI, holidays: days('2026-01-01', '2026-01-08') },
    }))).toEqual(['2026-01-09', '2026-02-02', '2026-03-02']);
  });

  it('drops a visit that would move past the period end', () => {
    // Saturday Feb 28 would move to Monday Mar 2.
    expect(planVisits(rules({ periodStart: '2026-01-31', periodEnd: '2026-02-28', periodicity: 'MONTHLY' })))
      .toEqual(['2026-02-02']);
    // Friday Jan 30 is a holiday and the last day of the period.
    expect(planVisits(rules({
      periodStart: '2026-01-02', periodEnd: '2026-01-30', periodicity: 'EVERY_N_WEEKS', interval: 4,
      workMode: { workingWeekdays: MON_FRI, holidays: ['2026-01-30'] },
    }))).toEqual(['2026-01-02']);
  });

  it('plans one visit when the period is shorter than one step', () => {
    expect(planVisits(rules({ periodStart: '2026-01-05', periodEnd: '2026-01-20', periodicity: 'MONTHLY' })))
      .toEqual(['2026-01-05']);
    // Starting on a Saturday: the one visit moves to Monday.
    expect(planVisits(rules({ periodStart: '2026-01-10', periodEnd: '2026-01-20', periodicity: 'YEARLY' })))
      .toEqual(['2026-01-12']);
    // A one-day period on a Saturday holds no working day.
    expect(planVisits(rules({ periodStart: '2026-01-10', periodEnd: '2026-01-10', periodicity: 'DAILY' })))
      .toEqual([]);
  });

  it('plans a DAILY plan over Mon–Fri on exactly the working days', () => {
    expect(planVisits(rules({ periodStart: '2026-01-01', periodEnd: '2026-01-31', periodicity: 'DAILY' }))).toEqual([
      '2026-01-01', '2026-01-02',
      '2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09',
      '2026-01-12', '2026-01-13', '2026-01-14', '2026-01-15', '2026-01-16',
      '2026-01-19', '2026-01-20', '2026-01-21', '2026-01-22', '2026-01-23',
      '2026-01-26', '2026-01-27', '2026-01-28', '2026-01-29', '2026-01-30',
    ]);
  });

  it('plans a DAILY plan over ten years with many holidays quickly, on the working days', () => {
    const holidays = days('2026-01-01', '2035-12-31').filter((_, i) => i % 11 === 0);
    const holidaySet = new Set(holidays);
    const expected = days('2026-01-01', '2035-12-31').filter((d) =>
      DateTime.fromISO(d, { zone: 'utc' }).weekday <= 5 && !holidaySet.has(d));
    const started = performance.now();
    const planned = planVisits(rules({
      periodStart: '2026-01-01', periodEnd: '2035-12-31', periodicity: 'DAILY',
      workMode: { workingWeekdays: MON_FRI, holidays },
    }));
    const elapsed = performance.now() - started;
    expect(planned).toEqual(expected);
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('planVisits: contact limit, notBefore and kept visits', () => {
  it('stops at the planned number of contacts', () => {
    expect(planVisits(rules({ periodStart: '2026-01-05', periodEnd: '2026-12-31', periodicity: 'WEEKLY', plannedContacts: 3 })))
      .toEqual(['2026-01-05', '2026-01-12', '2026-01-19']);
    // DAILY from a Saturday: the weekend visits land on the next free working days.
    expect(planVisits(rules({ periodStart: '2026-01-03', periodEnd: '2026-12-31', periodicity: 'DAILY', plannedContacts: 3 })))
      .toEqual(['2026-01-05', '2026-01-06', '2026-01-07']);
  });

  it('counts kept visits toward the limit', () => {
    const weekly = { periodStart: '2026-01-05', periodEnd: '2026-12-31', periodicity: 'WEEKLY' } as const;
    expect(planVisits(rules({ ...weekly, plannedContacts: 3, kept: ['2026-01-05'], notBefore: '2026-01-06' })))
      .toEqual(['2026-01-12', '2026-01-19']);
    expect(planVisits(rules({ ...weekly, plannedContacts: 2, kept: ['2026-01-05', '2026-01-12'], notBefore: '2026-01-13' })))
      .toEqual([]);
    expect(planVisits(rules({ ...weekly, plannedContacts: 1, kept: ['2026-01-05', '2026-01-12'] })))
      .toEqual([]);
  });

  it('skips nominal dates before notBefore rather than moving them', () => {
    const weekly = { periodStart: '2026-01-05', periodEnd: '2026-02-02', periodicity: 'WEEKLY' } as const;
    expect(planVisits(rules({ ...weekly, notBefore: '2026-01-14' })))
      .toEqual(['2026-01-19', '2026-01-26', '2026-02-02']);
    expect(planVisits(rules({ ...weekly, notBefore: '2026-01-12' })))
      .toEqual(['2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02']);
    expect(planVisits(rules({ ...weekly, notBefore: '2026-02-03' }))).toEqual([]);
    // A notBefore before the period start changes nothing.
    expect(planVisits(rules({ ...weekly, notBefore: '2025-12-01' })))
      .toEqual(planVisits(rules(weekly)));
  });

  it('re-generates around kept visits, never planning on their dates', () => {
    const weekly = { periodStart: '2026-01-05', periodEnd: '2026-02-02', periodicity: 'WEEKLY' } as const;
    // Done on Jan 5 and (moved by hand) on Jan 13: the plan resumes after the last one.
    expect(planVisits(rules({ ...weekly, kept: ['2026-01-05', '2026-01-13'], notBefore: '2026-01-14' })))
      .toEqual(['2026-01-19', '2026-01-26', '2026-02-02']);
    // A kept visit on a nominal date holds that day: the generated one moves to the next day.
    expect(planVisits(rules({ ...weekly, kept: ['2026-01-05', '2026-01-19'], notBefore: '2026-01-06' })))
      .toEqual(['2026-01-12', '2026-01-20', '2026-01-26', '2026-02-02']);
    // DAILY: the Jan 7 visit moves to Jan 8, that one to Jan 9, and the Jan 9 one past the end.
    expect(planVisits(rules({ periodStart: '2026-01-05', periodEnd: '2026-01-09', periodicity: 'DAILY', kept: ['2026-01-07'] })))
      .toEqual(['2026-01-05', '2026-01-06', '2026-01-08', '2026-01-09']);
  });

  it('terminates on rules it should not be given', () => {
    expect(planVisits(rules({ periodStart: '2026-01-05', periodEnd: '2026-01-01', periodicity: 'DAILY' }))).toEqual([]);
    expect(planVisits(rules({ periodStart: '2026-01-01', periodEnd: '2026-12-31', periodicity: 'EVERY_N_DAYS', interval: 0 }))).toEqual([]);
    expect(planVisits(rules({ periodStart: '2026-01-01', periodEnd: '2026-12-31', periodicity: 'EVERY_N_DAYS', interval: null }))).toEqual([]);
    expect(planVisits(rules({
      periodStart: '2026-01-01', periodEnd: '2036-12-31', periodicity: 'DAILY',
      workMode: { workingWeekdays: [], holidays: [] },
    }))).toEqual([]);
  });
});

describe('scheduleRuleErrors', () => {
  const valid = rules({ periodStart: '2026-01-01', periodEnd: '2026-12-31', periodicity: 'WEEKLY', plannedContacts: 10 });
  const fields = (overrides: Partial<ScheduleRules>) => scheduleRuleErrors({ ...valid, ...overrides }).map(([field]) => field);

  it('accepts valid rules', () => {
    expect(scheduleRuleErrors(valid)).toEqual([]);
    expect(fields({ plannedContacts: null })).toEqual([]);
    expect(fields({ periodEnd: '2026-01-01' })).toEqual([]);
    expect(fields({ periodicity: 'EVERY_N_DAYS', interval: 366 })).toEqual([]);
    expect(fields({ periodicity: 'EVERY_N_MONTHS', interval: 1 })).toEqual([]);
    // The interval only matters for EVERY_N_*.
    expect(fields({ periodicity: 'MONTHLY', interval: 0 })).toEqual([]);
    expect(fields({ kept: ['2026-01-05'], notBefore: '2026-01-06' })).toEqual([]);
  });

  it('rejects a period end before the start', () => {
    expect(fields({ periodEnd: '2025-12-31' })).toEqual(['periodEnd']);
  });

  it('rejects a missing or out-of-range interval for EVERY_N_*', () => {
    expect(fields({ periodicity: 'EVERY_N_DAYS', interval: undefined })).toEqual(['interval']);
    expect(fields({ periodicity: 'EVERY_N_WEEKS', interval: null })).toEqual(['interval']);
    expect(fields({ periodicity: 'EVERY_N_MONTHS', interval: 0 })).toEqual(['interval']);
    expect(fields({ periodicity: 'EVERY_N_DAYS', interval: 367 })).toEqual(['interval']);
    expect(fields({ periodicity: 'EVERY_N_DAYS', interval: 1.5 })).toEqual(['interval']);
  });

  it('rejects empty, out-of-range or repeated working weekdays', () => {
    expect(fields({ workMode: { workingWeekdays: [], holidays: [] } })).toEqual(['workMode.workingWeekdays']);
    expect(fields({ workMode: { workingWeekdays: [0, 1], holidays: [] } })).toEqual(['workMode.workingWeekdays']);
    expect(fields({ workMode: { workingWeekdays: [1, 8], holidays: [] } })).toEqual(['workMode.workingWeekdays']);
    expect(fields({ workMode: { workingWeekdays: [1, 2, 1], holidays: [] } })).toEqual(['workMode.workingWeekdays']);
  });

  it('rejects an invalid holiday date', () => {
    expect(fields({ workMode: { workingWeekdays: MON_FRI, holidays: ['2026-02-30'] } })).toEqual(['workMode.holidays']);
    expect(fields({ workMode: { workingWeekdays: MON_FRI, holidays: ['2026-01-01', 'New Year'] } })).toEqual(['workMode.holidays']);
    expect(fields({ workMode: { workingWeekdays: MON_FRI, holidays: ['2026-01-01T00:00'] } })).toEqual(['workMode.holidays']);
  });

  it('rejects fewer than one planned contact', () => {
    expect(fields({ plannedContacts: 0 })).toEqual(['plannedContacts']);
    expect(fields({ plannedContacts: -3 })).toEqual(['plannedContacts']);
  });

  it('rejects invalid period dates', () => {
    expect(fields({ periodStart: '2026-13-01' })).toEqual(['periodStart']);
    expect(fields({ periodEnd: '31.12.2026' })).toEqual(['periodEnd']);
    expect(fields({ periodEnd: '2027-02-29' })).toEqual(['periodEnd']);
    expect(fields({ periodEnd: '2028-02-29' })).toEqual([]);
  });
});

/**
 * The rules restated as plainly as possible, for the property test: every nominal date from the
 * start, each moved day by day from itself (not from the last visit), luxon for every step.
 */
function referencePlan(r: ScheduleRules): string[] {
  const start = DateTime.fromISO(r.periodStart, { zone: 'utc' });
  const from = r.notBefore && r.notBefore > r.periodStart ? r.notBefore : r.periodStart;
  const n = r.interval ?? 1;
  const step = (k: number): DateTime => {
    switch (r.periodicity) {
      case 'DAILY': return start.plus({ days: k });
      case 'WEEKLY': return start.plus({ weeks: k });
      case 'MONTHLY': return start.plus({ months: k });
      case 'QUARTERLY': return start.plus({ months: 3 * k });
      case 'HALF_YEARLY': return start.plus({ months: 6 * k });
      case 'YEARLY': return start.plus({ months: 12 * k });
      case 'EVERY_N_DAYS': return start.plus({ days: k * n });
      case 'EVERY_N_WEEKS': return start.plus({ weeks: k * n });
      case 'EVERY_N_MONTHS': return start.plus({ months: k * n });
    }
  };
  const kept = r.kept ?? [];
  const holding = new Set(kept);
  const result: string[] = [];
  for (let k = 0; ; k++) {
    const nominal = step(k);
    if (nominal.toISODate()! > r.periodEnd) break;
    if (nominal.toISODate()! < from) continue;
    if (r.plannedContacts !== null && kept.length + result.length >= r.plannedContacts) break;
    let d = nominal;
    while (d.toISODate()! <= r.periodEnd && (!r.workMode.workingWeekdays.includes(d.weekday)
      || r.workMode.holidays.includes(d.toISODate()!) || holding.has(d.toISODate()!))) d = d.plus({ days: 1 });
    if (d.toISODate()! > r.periodEnd) continue;
    result.push(d.toISODate()!);
    holding.add(d.toISODate()!);
  }
  return result.sort();
}

describe('planVisits: properties', () => {
  // Periods from 1990 to 2110, with holidays, kept visits and notBefore around them.
  const base = DateTime.fromISO('1990-01-01', { zone: 'utc' });
  const date = (offset: number) => base.plus({ days: offset }).toISODate()!;
  const near = fc.integer({ min: -10, max: 520 });
  const arbitraryRules: fc.Arbitrary<ScheduleRules> = fc.record({
    startOffset: fc.integer({ min: 0, max: 44_000 }),
    length: fc.integer({ min: 0, max: 500 }),
    periodicity: fc.constantFrom(...PERIODICITIES),
    interval: fc.integer({ min: 1, max: 60 }),
    weekdays: fc.subarray(ALL_DAYS, { minLength: 1 }),
    holidays: fc.array(near, { maxLength: 80 }),
    plannedContacts: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
    kept: fc.array(near, { maxLength: 6 }),
    notBefore: fc.option(near, { nil: null }),
  }).map((g) => ({
    periodStart: date(g.startOffset),
    periodEnd: date(g.startOffset + g.length),
    periodicity: g.periodicity,
    interval: g.periodicity.startsWith('EVERY_N_') ? g.interval : null,
    workMode: { workingWeekdays: g.weekdays, holidays: g.holidays.map((h) => date(g.startOffset + h)) },
    plannedContacts: g.plannedContacts,
    kept: [...new Set(g.kept.map((k) => date(g.startOffset + k)))],
    notBefore: g.notBefore === null ? null : date(g.startOffset + g.notBefore),
  }));

  it('keeps every invariant of the plan, and agrees with the plain restatement of the rules', () => {
    fc.assert(fc.property(arbitraryRules, (r) => {
      expect(scheduleRuleErrors(r)).toEqual([]);
      const planned = planVisits(r);
      const lower = r.notBefore && r.notBefore > r.periodStart ? r.notBefore : r.periodStart;
      const holidays = new Set(r.workMode.holidays);
      const kept = new Set(r.kept);
      for (let i = 1; i < planned.length; i++) expect(planned[i - 1] < planned[i]).toBe(true);
      for (const visit of planned) {
        expect(visit >= lower && visit <= r.periodEnd).toBe(true);
        expect(r.workMode.workingWeekdays).toContain(DateTime.fromISO(visit, { zone: 'utc' }).weekday);
        expect(holidays.has(visit)).toBe(false);
        expect(kept.has(visit)).toBe(false);
      }
      // Kept visits beyond the limit leave no room for any generated one.
      if (r.plannedContacts !== null) expect(planned.length).toBeLessThanOrEqual(Math.max(0, r.plannedContacts - r.kept!.length));
      expect(planned).toEqual(referencePlan(r));
    }), { numRuns: 300, seed: 20260101 });
  });
});
