import { DateTime } from 'luxon';

/**
 * An instant of the last 24 hours that is on an earlier day than today in one of two zones and
 * on today in the other: for x hours ago, a zone whose clock now reads less than x sees it on a
 * past day. Between the two clocks' readings there is such an x unless the zones are whole days
 * apart, so pick zones that are not (e.g. Pacific/Kiritimati, UTC+14, and America/Los_Angeles).
 */
export function instantSeenDifferently(zoneA: string, zoneB: string): { at: Date; overdueIn: string; todayIn: string } {
  const now = DateTime.now();
  const clock = (zone: string) => {
    const local = now.setZone(zone);
    return local.diff(local.startOf('day'), 'minutes').minutes;
  };
  const [a, b] = [clock(zoneA), clock(zoneB)];
  if (Math.abs(a - b) < 10) throw new Error(`${zoneA} and ${zoneB} read the same time of day; pick zones not whole days apart.`);
  const at = now.minus({ minutes: (a + b) / 2 }).toJSDate();
  return a < b ? { at, overdueIn: zoneA, todayIn: zoneB } : { at, overdueIn: zoneB, todayIn: zoneA };
}
