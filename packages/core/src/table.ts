/**
 * Table schemas: declared once with zod, they give the row type, the validator, the header
 * names accepted (aliases and renames across dataset versions) and how each cell is read.
 * @packageDocumentation
 */
import { z } from 'zod';
import { type CellKind, cellFormatOf, kindOfZod, unwrap } from './columns.js';
import { type DateFormat, DEFAULT_MISSING_MARKERS, type NumberFormat } from './values.js';

/** Declaration of a table, given to {@link defineTable}. */
export interface TableDeclaration<Shape extends z.ZodRawShape> {
  /** File name, e.g. `stop_times.txt` (used by archives and in issues). */
  readonly name?: string;
  /** One zod schema per column, keyed by the property name of the row. */
  readonly columns: Shape;
  /**
   * Other header names accepted for a column, e.g. labels of another dataset version:
   * `{ iris: ['IRIS_CODE', 'Code de l’IRIS'] }`. Matching ignores case and repeated spaces.
   */
  readonly aliases?: { readonly [K in keyof Shape]?: readonly string[] };
  /** Masked-value markers of typed columns (become `null`). Default {@link DEFAULT_MISSING_MARKERS}. */
  readonly missing?: readonly string[];
  /** How numbers are written, for every numeric column without its own format. */
  readonly number?: NumberFormat;
}

/** One column of a table, ready for decoding. */
export interface TableColumn {
  /** Property name in the row. */
  readonly key: string;
  /** Header names accepted, normalised with {@link normalizeHeader}. */
  readonly names: readonly string[];
  /** How its text is read. */
  readonly kind: CellKind;
  /** Empty cells allowed (`undefined`). */
  readonly optional: boolean;
  /** Masked cells allowed (`null`). */
  readonly nullable: boolean;
  /** Markers read as masked values. */
  readonly missing: ReadonlySet<string>;
  /**
   * First characters of the markers, for a quick rejection before slicing a cell: index `c` (a
   * UTF-16 code below 128) is 1 when some marker starts with `c`; index 128 stands for all other
   * codes. Absent: every cell is compared with the markers.
   */
  readonly missingFirst?: Uint8Array;
  readonly number: NumberFormat;
  readonly date: DateFormat;
  /** The column's full schema, as declared. */
  readonly schema: z.ZodType;
  /**
   * True when zod returns values unchanged (no default, transform or pipe): the columnar mode
   * then stores the decoded value itself, else the output of `schema`.
   */
  readonly identity: boolean;
  /** The column's schema without `optional`/`nullable`, validating present values. */
  readonly valueSchema: z.ZodType;
  /**
   * A check equivalent to `valueSchema` for present values, when the schema only uses checks
   * this module re-implements (number bounds and integer, enum membership, no check); otherwise
   * undefined and the columnar mode calls zod for this column.
   */
  readonly fastCheck: ((value: unknown) => boolean) | undefined;
  /** For a number schema with only bounds and integer checks: those checks, for loops. */
  readonly range: NumberRange | undefined;
}

/** The checks of a plain zod number schema: integer or not, and bounds. */
export interface NumberRange {
  readonly integer: boolean;
  readonly min: number;
  readonly max: number;
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
}

/** A declared table: its zod object schema and its compiled columns. */
export interface Table<Row> {
  readonly name: string | undefined;
  /** `z.object` of the columns: the validator of row objects. */
  readonly schema: z.ZodType<Row>;
  readonly columns: readonly TableColumn[];
  /**
   * Header names (normalised) of columns left out by {@link pickColumns}: recognised, so not
   * reported as extra columns, and never read.
   */
  readonly skipped?: readonly string[];
  /** Only to carry the row type: always undefined. */
  readonly _row?: Row;
}

/** The row type of a table: `type StopTime = RowOf<typeof StopTimes>`. */
export type RowOf<T> = T extends Table<infer Row> ? Row : never;

/** Normalises a header for matching: trimmed, lower case, runs of spaces as one. */
export function normalizeHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * Declares a table once: the row type, the validator and how to read each column.
 * @example
 * ```ts
 * const Stops = defineTable({
 *   name: 'stops.txt',
 *   columns: { stop_id: z.string(), stop_lat: z.number(), stop_lon: z.number() },
 *   aliases: { stop_lat: ['lat'] },
 * });
 * type Stop = RowOf<typeof Stops>; // { stop_id: string; stop_lat: number; stop_lon: number }
 * ```
 */
export function defineTable<Shape extends z.ZodRawShape>(
  declaration: TableDeclaration<Shape>,
): Table<z.output<z.ZodObject<Shape>>> {
  const missing = declaration.missing ?? DEFAULT_MISSING_MARKERS;
  const columns: TableColumn[] = [];
  for (const [key, schema] of Object.entries(declaration.columns) as [string, z.ZodType][]) {
    const { schema: inner, optional, nullable, defaulted } = unwrap(schema);
    const innerType = (inner._zod.def as { type: string }).type;
    const format = cellFormatOf(inner);
    const kind = format?.kind ?? kindOfZod(inner);
    const aliases = (declaration.aliases as Record<string, readonly string[]> | undefined)?.[key];
    const markers = new Set(format?.missing ?? (kind === 'string' ? [] : missing));
    columns.push({
      key,
      names: [key, ...(aliases ?? [])].map(normalizeHeader),
      kind,
      optional,
      nullable,
      missing: markers,
      missingFirst: firstCharacters(markers),
      number: format?.number ?? declaration.number ?? {},
      date: format?.date ?? 'auto',
      schema,
      identity: !defaulted && IDENTITY_TYPES.has(innerType),
      valueSchema: inner,
      fastCheck: fastCheckOf(inner, kind),
      range: numberRangeOf(inner),
    });
  }
  return {
    name: declaration.name,
    schema: z.object(declaration.columns) as unknown as z.ZodType<z.output<z.ZodObject<Shape>>>,
    columns,
  };
}

/**
 * The same table reading only the columns `keys`. The other columns' headers are still known
 * (no `extra_column` issue), but their cells are neither read nor checked: a wide file read for
 * a few of its columns pays for those only, and a row is rejected only for a picked column.
 * @example
 * ```ts
 * const Times = pickColumns(StopTimes, ['trip_id', 'arrival_time']);
 * const { columns } = await readColumns('stop_times.txt', Times); // two columns decoded
 * ```
 */
export function pickColumns<Row, const K extends keyof Row & string>(
  table: Table<Row>,
  keys: readonly K[],
): Table<Pick<Row, K>> {
  const picked = new Set<string>(keys);
  const unknown = keys.filter((key) => !table.columns.some((column) => column.key === key));
  if (unknown.length > 0) throw new Error(`No column ${unknown.join(', ')} in the table`);
  const object = table.schema as unknown as z.ZodObject;
  const mask = Object.fromEntries(keys.map((key) => [key, true])) as Record<string, true>;
  return {
    name: table.name,
    schema: object.pick(mask as Parameters<typeof object.pick>[0]) as unknown as z.ZodType<
      Pick<Row, K>
    >,
    columns: table.columns.filter((column) => picked.has(column.key)),
    skipped: [
      ...(table.skipped ?? []),
      ...table.columns.filter((column) => !picked.has(column.key)).flatMap((c) => c.names),
    ],
  };
}

const IDENTITY_TYPES = new Set(['string', 'number', 'boolean', 'enum', 'literal']);

interface CheckDef {
  check: string;
  value?: number;
  inclusive?: boolean;
  format?: string;
}

/** Which characters the markers start with (see `TableColumn.missingFirst`). */
function firstCharacters(markers: ReadonlySet<string>): Uint8Array {
  const first = new Uint8Array(129);
  for (const marker of markers) {
    if (marker.length === 0) continue;
    const code = marker.charCodeAt(0);
    first[Math.min(code, 128)] = 1;
  }
  return first;
}

interface SchemaDef {
  type: string;
  format?: string;
  checks?: { _zod: { def: CheckDef } }[];
  entries?: Record<string, string | number>;
}

/** The bounds and integer check of a zod number schema, when it has no other check. */
function numberRangeOf(schema: z.ZodType): NumberRange | undefined {
  const def = schema._zod.def as SchemaDef;
  if (def.type !== 'number') return undefined;
  let integer = def.format === 'safeint';
  if (def.format !== undefined && def.format !== 'safeint') return undefined;
  let min = Number.NEGATIVE_INFINITY;
  let max = Number.POSITIVE_INFINITY;
  let minInclusive = true;
  let maxInclusive = true;
  for (const check of (def.checks ?? []).map((c) => c._zod.def)) {
    if (check.check === 'number_format' && check.format === 'safeint') integer = true;
    else if (check.check === 'greater_than' && typeof check.value === 'number') {
      min = check.value;
      minInclusive = check.inclusive === true;
    } else if (check.check === 'less_than' && typeof check.value === 'number') {
      max = check.value;
      maxInclusive = check.inclusive === true;
    } else return undefined;
  }
  return { integer, min, max, minInclusive, maxInclusive };
}

function fastCheckOf(schema: z.ZodType, kind: CellKind): ((value: unknown) => boolean) | undefined {
  const def = schema._zod.def as SchemaDef;
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  if (def.type === 'number') {
    const range = numberRangeOf(schema);
    if (!range) return undefined;
    const { integer, min, max, minInclusive, maxInclusive } = range;
    return (value) =>
      typeof value === 'number' &&
      Number.isFinite(value) &&
      (!integer || Number.isSafeInteger(value)) &&
      (minInclusive ? value >= min : value > min) &&
      (maxInclusive ? value <= max : value < max);
  }
  if (checks.length > 0) {
    // The date helper's ISO check always holds for dates this package formats.
    const only = checks[0]!;
    if (
      kind === 'date' &&
      def.type === 'string' &&
      checks.length === 1 &&
      only.check === 'string_format' &&
      only.format === 'date'
    )
      return () => true;
    return undefined;
  }
  if (def.type === 'string') {
    // A string format (`z.email()`, `z.uuid()`…) is checked by zod, except the ISO date of dates
    // this package formats itself (`calendarDate()`), which always holds.
    if (def.format !== undefined && !(kind === 'date' && def.format === 'date')) return undefined;
    return (value) => typeof value === 'string';
  }
  if (def.type === 'boolean') return (value) => typeof value === 'boolean';
  if (def.type === 'enum' && def.entries) {
    const allowed = new Set(Object.values(def.entries));
    return (value) => allowed.has(value as string);
  }
  return undefined;
}
