/**
 * Tiny runtime checks for message payloads. A check returns null when the value fits,
 * or a plain-English reason naming the offending field.
 */
export type Check = (value: unknown, path: string) => string | null;

const kind = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/** A string, optionally bounded in length. */
export const str =
  (maxLength = 10_000): Check =>
  (value, path) =>
    typeof value !== 'string'
      ? `${path} must be a string, got ${kind(value)}`
      : value.length > maxLength
        ? `${path} is longer than ${maxLength} characters`
        : null;

/** A finite number, optionally an integer within bounds. */
export const num =
  (opts: { int?: boolean; min?: number; max?: number } = {}): Check =>
  (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return `${path} must be a number`;
    if (opts.int && !Number.isInteger(value)) return `${path} must be a whole number`;
    if (opts.min !== undefined && value < opts.min) return `${path} must be at least ${opts.min}`;
    if (opts.max !== undefined && value > opts.max) return `${path} must be at most ${opts.max}`;
    return null;
  };

/** A boolean. */
export const bool: Check = (value, path) =>
  typeof value === 'boolean' ? null : `${path} must be true or false`;

/** One of the given literal values. */
export const oneOf =
  (...values: readonly unknown[]): Check =>
  (value, path) =>
    values.includes(value) ? null : `${path} must be one of ${values.map(String).join(', ')}`;

/** The value or null. */
export const nullable =
  (check: Check): Check =>
  (value, path) =>
    value === null ? null : check(value, path);

/** The value or undefined (an optional field). */
export const optional =
  (check: Check): Check =>
  (value, path) =>
    value === undefined ? null : check(value, path);

/** An array (at most `max` items) whose items all pass `item`. */
export const arrayOf =
  (item: Check, max = 100_000): Check =>
  (value, path) => {
    if (!Array.isArray(value)) return `${path} must be an array, got ${kind(value)}`;
    if (value.length > max) return `${path} has more than ${max} items`;
    for (let i = 0; i < value.length; i++) {
      const error = item(value[i], `${path}[${i}]`);
      if (error) return error;
    }
    return null;
  };

/** A plain object with exactly these fields (extra fields are refused). */
export const obj =
  (shape: Record<string, Check>): Check =>
  (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return `${path} must be an object, got ${kind(value)}`;
    }
    for (const key of Object.keys(value)) {
      // Own keys only: a payload key named `constructor` or `toString` is not a known field.
      if (!Object.hasOwn(shape, key)) return `${path}.${key.slice(0, 60)} is not expected`;
    }
    for (const [key, check] of Object.entries(shape)) {
      const error = check((value as Record<string, unknown>)[key], `${path}.${key}`);
      if (error) return error;
    }
    return null;
  };

/** An object whose own values all pass `item` (keys are free-form strings). */
export const recordOf =
  (item: Check, maxKeys = 10_000): Check =>
  (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return `${path} must be an object, got ${kind(value)}`;
    }
    const entries = Object.entries(value);
    if (entries.length > maxKeys) return `${path} has more than ${maxKeys} keys`;
    for (const [key, v] of entries) {
      const error = item(v, `${path}.${key}`);
      if (error) return error;
    }
    return null;
  };
