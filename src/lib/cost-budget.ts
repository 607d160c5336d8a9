/** What a key's budget answers a request: whether it may run, what is left, when it could. */
export interface BudgetAnswer {
  granted: boolean;
  /** The budget left after this request (before it, when refused), whole points. */
  remaining: number;
  /** When refused: whole seconds until the budget holds the cost again; 0 when granted. */
  retryAfterSeconds: number;
}

interface Bucket { points: number; at: number }

/** Buckets beyond this many are swept of the full ones, which hold nothing worth keeping. */
const SWEEP_AT = 10_000;

/**
 * A budget of query cost per API key: a token bucket holding `perMinute` points, refilled
 * continuously at `perMinute` a minute, from which each request takes its cost up front. It lives
 * in this process's memory: each server process keeps its own, so N processes behind a load
 * balancer let a key spend up to N times the budget. A request whose cost is over what is left
 * takes nothing and is told when it could run.
 */
export class CostBudgets {
  private readonly buckets = new Map<number, Bucket>();

  constructor(readonly perMinute: number, private readonly now: () => number = () => performance.now()) {}

  take(key: number, cost: number): BudgetAnswer {
    const at = this.now();
    const bucket = this.buckets.get(key);
    const refill = (this.perMinute / 60_000) * (bucket ? at - bucket.at : 0);
    const points = bucket ? Math.min(this.perMinute, bucket.points + refill) : this.perMinute;
    if (cost > points) {
      this.buckets.set(key, { points, at });
      const seconds = Math.ceil(((cost - points) / this.perMinute) * 60);
      return { granted: false, remaining: Math.floor(points), retryAfterSeconds: Math.max(1, seconds) };
    }
    if (this.buckets.size >= SWEEP_AT && !bucket) this.sweep(at);
    this.buckets.set(key, { points: points - cost, at });
    return { granted: true, remaining: Math.floor(points - cost), retryAfterSeconds: 0 };
  }

  /** Drops the buckets that have refilled: a key without one starts full, as they are. */
  private sweep(at: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.points + (this.perMinute / 60_000) * (at - bucket.at) >= this.perMinute) this.buckets.delete(key);
    }
  }
}
