import { bigint, integer, timestamp } from 'drizzle-orm/pg-core';

/** Surrogate key: a bigint identity, exposed to clients only inside global ids. */
export const id = () => bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity();

/** A reference to another table's `id`. */
export const ref = (name: string) => bigint(name, { mode: 'number' });

export const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow();

/** Optimistic-concurrency counter: every update must name the version it read. */
export const version = () => integer('version').notNull().default(1);

/** The columns every editable record carries. */
export const recordColumns = () => ({
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  version: version(),
});
