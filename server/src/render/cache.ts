/** A bounded least-recently-used cache, and the canonical keys the renderer stores under. */
import { createHash } from 'node:crypto';

export class LruCache<Value> {
  private readonly entries = new Map<string, Value>();
  private weight = 0;

  /**
   * @param maxEntries how many values to keep at most
   * @param maxWeight the most their total weight may reach, e.g. bytes
   * @param weigh the weight of one value (1 unless given)
   */
  constructor(
    private readonly maxEntries: number,
    private readonly maxWeight = Number.POSITIVE_INFINITY,
    private readonly weigh: (value: Value) => number = () => 1,
  ) {}

  get(key: string): Value | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // Re-inserting moves the key to the end of Map order: the most recently used.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: Value): void {
    this.delete(key);
    this.entries.set(key, value);
    this.weight += this.weigh(value);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.weight <= this.maxWeight) break;
      if (oldest === key) break;
      this.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
    this.weight = 0;
  }

  private delete(key: string): void {
    const value = this.entries.get(key);
    if (value === undefined) return;
    this.weight -= this.weigh(value);
    this.entries.delete(key);
  }
}

/** JSON with object keys sorted, so that equal values give equal text whatever the key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, nested: unknown) =>
    nested && typeof nested === 'object' && !Array.isArray(nested)
      ? Object.fromEntries(Object.entries(nested).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : nested,
  );
}

/** A short digest of a chart and its props: the same figure always has the same key. */
export function chartKey(chart: string, props: unknown): string {
  return createHash('sha256')
    .update(canonicalJson({ chart, props }))
    .digest('base64url')
    .slice(0, 32);
}
