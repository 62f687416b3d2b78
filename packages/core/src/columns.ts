/**
 * Column helpers: zod schemas that also tell the loader how to read the text of a cell (clock
 * times, dates in a given layout, numbers with a decimal comma). Plain zod schemas work too:
 * `z.string()`, `z.number()`, `z.int()`, `z.boolean()`, `z.enum([...])`, with `.optional()` or
 * `.nullable()`.
 * @packageDocumentation
 */
import { z } from 'zod';
import type { DateFormat, NumberFormat } from './values.js';

/** How the text of a cell becomes a value. */
export type CellKind = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'clock-time';

/** Reading instructions attached to a column schema by the helpers of this module. */
export interface CellFormat {
  readonly kind: CellKind;
  readonly number?: NumberFormat;
  readonly date?: DateFormat;
  /** Markers read as `null` (masked values) in this column, replacing the table's list. */
  readonly missing?: readonly string[];
}

const formats = new WeakMap<z.ZodType, CellFormat>();

function withFormat<T extends z.ZodType>(schema: T, format: CellFormat): T {
  formats.set(schema, format);
  return schema;
}

/** The reading instructions of a schema set by a helper, if any (wrappers are not looked through). */
export function cellFormatOf(schema: z.ZodType): CellFormat | undefined {
  return formats.get(schema);
}

/**
 * Pass your own schema to add checks (`clockTime(z.int().min(0).max(48 * 3600))`): checks added
 * afterwards with `.max()` create a new schema the loader would not recognise.
 *
 * A clock time such as `08:05:00`, `4:30:00` or `25:10:00` (GTFS times past midnight), read as
 * seconds since midnight.
 * @example
 * ```ts
 * const StopTimes = defineTable({ columns: { arrival_time: clockTime().optional() } });
 * ```
 */
export function clockTime<T extends z.ZodType<number>>(schema?: T): T {
  return withFormat(schema ?? (z.int().min(0) as unknown as T), { kind: 'clock-time' });
}

/**
 * A calendar date read as an ISO `YYYY-MM-DD` string from the given layout (default `auto`:
 * `YYYYMMDD`, `YYYY-MM-DD`, `DD/MM/YYYY` or `DD/MM/YY`; two-digit years raise a warning).
 */
export function calendarDate<T extends z.ZodType<string>>(
  format: DateFormat = 'auto',
  schema?: T,
): T {
  return withFormat(schema ?? (z.iso.date() as unknown as T), { kind: 'date', date: format });
}

/** A number written with the given separators, e.g. `decimal({ decimalSeparator: ',' })`. */
export function decimal<T extends z.ZodType<number>>(format: NumberFormat = {}, schema?: T): T {
  return withFormat(schema ?? (z.number() as unknown as T), { kind: 'number', number: format });
}

/** An integer written with the given separators. */
export function integer<T extends z.ZodType<number>>(format: NumberFormat = {}, schema?: T): T {
  return withFormat(schema ?? (z.int() as unknown as T), { kind: 'integer', number: format });
}

/** Replaces the masked-value markers of a column (e.g. `masked(z.number().nullable(), ['secret'])`). */
export function masked<T extends z.ZodType>(schema: T, markers: readonly string[]): T {
  const inner = unwrap(schema).schema;
  const format = formats.get(inner) ?? { kind: kindOfZod(inner) };
  formats.set(inner, { ...format, missing: markers });
  return schema;
}

/** The innermost schema under `optional`, `nullable` and `default`, and what they allow. */
export function unwrap(schema: z.ZodType): {
  schema: z.ZodType;
  optional: boolean;
  nullable: boolean;
  defaulted: boolean;
} {
  let optional = false;
  let nullable = false;
  let defaulted = false;
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.ZodType };
    if (def.type === 'optional' && def.innerType) optional = true;
    else if (def.type === 'nullable' && def.innerType) nullable = true;
    else if (def.type === 'default' && def.innerType) optional = defaulted = true;
    else return { schema: current, optional, nullable, defaulted };
    current = def.innerType;
  }
}

/** The cell kind a plain zod schema implies. */
export function kindOfZod(schema: z.ZodType): CellKind {
  const def = schema._zod.def as {
    type: string;
    format?: string;
    checks?: { _zod: { def: { check: string; format?: string } } }[];
  };
  switch (def.type) {
    case 'number':
      if (def.format === 'safeint' || def.format === 'int32' || def.format === 'uint32')
        return 'integer';
      if (def.checks?.some((c) => c._zod.def.format === 'safeint')) return 'integer';
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'string';
  }
}
