import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { PoolUsage } from '../db/admission.js';

/**
 * What `/metrics` tells Prometheus about one server: its GraphQL requests (count and latency per
 * operation name and outcome, errors by code, SQL statements per request), the database pool,
 * import rows by status, and the process (event-loop lag, memory, CPU, from prom-client's
 * defaults, collected once per process however many servers it runs).
 */

const processRegistry = new Registry();
collectDefaultMetrics({ register: processRegistry });

/** An operation name as a label: a client chooses it, so odd names and too many names are pooled. */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_NAMES = 200;

export type RequestOutcome = 'ok' | 'error';

export interface ObservedRequest {
  /** The operation's name; null for an anonymous operation or a request refused before one was chosen. */
  operation: string | null;
  outcome: RequestOutcome;
  seconds: number;
  statements: number;
  /** The `extensions.code` of each error answered. */
  errorCodes: string[];
}

export class ApiMetrics {
  private readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly requests = new Counter({
    name: 'crm_graphql_requests_total', help: 'GraphQL requests answered, by operation name and outcome (error: the answer holds errors).',
    labelNames: ['operation', 'outcome'] as const, registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'crm_graphql_request_duration_seconds', help: 'Time from a GraphQL request\'s arrival to its answer, by operation name and outcome.',
    labelNames: ['operation', 'outcome'] as const, buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'crm_graphql_errors_total', help: 'Errors in GraphQL answers, by extensions.code.', labelNames: ['code'] as const, registers: [this.registry],
  });
  private readonly statements = new Histogram({
    name: 'crm_sql_statements_per_request', help: 'SQL statements one GraphQL request sent, authentication included.',
    buckets: [1, 2, 3, 5, 8, 13, 21, 34, 55, 89], registers: [this.registry],
  });
  private readonly importRows = new Counter({
    name: 'crm_import_rows_total', help: 'Rows sent to import mutations, by mutation and row status.',
    labelNames: ['operation', 'status'] as const, registers: [this.registry],
  });

  constructor(poolUsage: (() => PoolUsage) | null) {
    if (poolUsage) {
      new Gauge({
        name: 'crm_db_pool_connections', help: 'PostgreSQL pool: its size, the connections requests\' statements hold, and the statements waiting for one.',
        labelNames: ['state'] as const, registers: [this.registry],
        collect() {
          const usage = poolUsage();
          this.set({ state: 'size' }, usage.size);
          this.set({ state: 'in_use' }, usage.inUse);
          this.set({ state: 'waiting' }, usage.waiting);
        },
      });
    }
  }

  /** Reports the subscriptions' sockets, subscriptions and LISTEN, as `usage` tells them when scraped. */
  watchSubscriptions(usage: () => { sockets: number; subscriptions: number; listening: boolean }): void {
    new Gauge({
      name: 'crm_graphql_subscriptions', help: 'GraphQL subscriptions: open WebSocket connections, open subscriptions, and whether the process LISTENs for changes (1 or 0).',
      labelNames: ['state'] as const, registers: [this.registry],
      collect() {
        const now = usage();
        this.set({ state: 'sockets' }, now.sockets);
        this.set({ state: 'subscriptions' }, now.subscriptions);
        this.set({ state: 'listening' }, now.listening ? 1 : 0);
      },
    });
  }

  observeRequest(request: ObservedRequest): void {
    const labels = { operation: this.operationLabel(request.operation), outcome: request.outcome };
    this.requests.inc(labels);
    this.duration.observe(labels, request.seconds);
    this.statements.observe(request.statements);
    for (const code of request.errorCodes) this.errors.inc({ code });
  }

  countImportRows(operation: string, counts: Record<'created' | 'updated' | 'unchanged' | 'failed' | 'skipped', number>): void {
    for (const [status, rows] of Object.entries(counts)) if (rows > 0) this.importRows.inc({ operation, status: status.toUpperCase() }, rows);
  }

  /** The Prometheus text exposition of this server's and the process's metrics. */
  async exposition(): Promise<{ contentType: string; text: string }> {
    const merged = Registry.merge([processRegistry, this.registry]);
    return { contentType: merged.contentType, text: await merged.metrics() };
  }

  private operationLabel(name: string | null): string {
    if (name === null) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_NAMES) return 'other';
    this.operations.add(name);
    return name;
  }
}
