import { describe, expect, it } from 'vitest';
import { AdmissionGate, ClientGoneError, DatabaseBusyError, type Admission } from './admission.js';

const scope = (key: string, controller = new AbortController()): Admission => ({ key, signal: controller.signal });

/** Settles pending grants: each acquire resolves on a microtask. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('AdmissionGate', () => {
  it('lets one key hold at most its share of the slots, so another key is served at once', async () => {
    const gate = new AdmissionGate(4, 2, 10_000);
    const heavy = scope('heavy');
    const granted: string[] = [];
    const releases: Array<() => void> = [];
    for (let i = 0; i < 6; i += 1) void gate.acquire(heavy).then((release) => { granted.push(`heavy ${i}`); releases.push(release); });
    await settle();
    expect(granted).toEqual(['heavy 0', 'heavy 1']);
    const light = await gate.acquire(scope('light'));
    expect(granted).toHaveLength(2);
    light();
    // A freed slot of the heavy key goes to its next statement, in order.
    releases[0]();
    await settle();
    expect(granted).toEqual(['heavy 0', 'heavy 1', 'heavy 2']);
  });

  it('serves waiting keys in turn when slots free up', async () => {
    const gate = new AdmissionGate(2, 2, 10_000);
    const first = await gate.acquire(scope('a'));
    const second = await gate.acquire(scope('a'));
    const order: string[] = [];
    for (const key of ['a', 'a', 'b', 'b']) void gate.acquire(scope(key)).then((release) => { order.push(key); release(); });
    first();
    await settle();
    second();
    await settle();
    // a and b alternate although a's statements asked first: a cannot starve b.
    expect(order).toEqual(['a', 'b', 'a', 'b']);
  });

  it('fails a statement that waited too long with BUSY, and drops the waiting ones of a client that left', async () => {
    const gate = new AdmissionGate(1, 1, 50);
    const held = await gate.acquire(scope('a'));
    await expect(gate.acquire(scope('b'))).rejects.toBeInstanceOf(DatabaseBusyError);
    const leaving = new AbortController();
    const waiting = gate.acquire(scope('c', leaving));
    leaving.abort();
    await expect(waiting).rejects.toBeInstanceOf(ClientGoneError);
    await expect(gate.acquire(scope('c', leaving))).rejects.toBeInstanceOf(ClientGoneError);
    held();
    // Nothing was left holding a slot: the next statement runs at once.
    const next = await gate.acquire(scope('d'));
    next();
  });
});
