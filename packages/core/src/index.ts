export {
  Archive,
  type ArchiveEntry,
  type ArchiveLimits,
  type ArchiveOptions,
  gunzipChunks,
  isGzip,
  openArchive,
} from './archive.js';
export { type CellFailure, CellReader } from './cell-reader.js';
export { Column, type ColumnarTable, type ColumnStorage, readColumns } from './columnar.js';
export {
  type CellFormat,
  type CellKind,
  calendarDate,
  clockTime,
  decimal,
  integer,
  masked,
} from './columns.js';
export {
  type DecodedText,
  type DecodeOptions,
  decodeText,
  normalizeEncoding,
  sniffBom,
  type TextEncodingName,
  TextStreamDecoder,
} from './decode.js';
export {
  DataError,
  excerpt,
  formatIssue,
  type IssueCount,
  IssueList,
  type IssueListOptions,
  type LoadIssue,
  RAW_EXCERPT_LENGTH,
  type Severity,
} from './issues.js';
export type { LoadOptions, LoadProgress, LoadReport } from './load.js';
export { readTable, streamTable, type TableResult, TableStream } from './read-table.js';
export {
  FieldFlag,
  type RecordProblem,
  RecordScanner,
  type RecordView,
  type ScannerOptions,
} from './record-scanner.js';
export type { MaskedCell } from './row-sink.js';
export { DELIMITER_CANDIDATES, sniffDelimiter } from './sniff.js';
export {
  DEFAULT_CHUNK_SIZE,
  type NamedChunks,
  type OpenedSource,
  openSource,
  type ReadOptions,
  readBytes,
  type Source,
  sourceName,
  toBytes,
} from './source.js';
export {
  defineTable,
  type NumberRange,
  normalizeHeader,
  pickColumns,
  type RowOf,
  type Table,
  type TableColumn,
  type TableDeclaration,
} from './table.js';
export type { DelimitedOptions, LoadAccount } from './table-decoder.js';
export {
  type DateFormat,
  DEFAULT_MISSING_MARKERS,
  formatClockTime,
  type NumberFormat,
  numberFormatFor,
  type ParsedDate,
  parseBoolean,
  parseClockTime,
  parseDate,
  parseNumber,
} from './values.js';
export {
  fixedOffsetMinutes,
  isKnownTimeZone,
  type LocalParts,
  type LocalToUtc,
  type WallClockFields,
  wallClockToUtc,
  ZoneClock,
  zoneClock,
} from './zoned-time.js';
