/**
 * The normalised model every loader produces: stations and measurements, with the issues found.
 * @packageDocumentation
 */
import type { IssueCount, LoadIssue } from '@datacites/core';
import type { Pollutant } from './pollutants.js';
import type { Unit } from './units.js';

/** What a station is placed to measure (EU station classification, Directive 2008/50/EC Annex III). */
export type StationType = 'traffic' | 'background' | 'industrial' | 'unknown';

/** The area around a station. */
export type StationArea = 'urban' | 'suburban' | 'rural' | 'unknown';

/** A measuring station (or a sensor's location for citizen networks). */
export interface Station {
  /** Identifier in its source (EEA EoI code such as `FR09015`, OpenAQ location id, sensor id). */
  readonly id: string;
  readonly name?: string;
  /** WGS84 latitude, degrees. */
  readonly latitude?: number;
  /** WGS84 longitude, degrees. */
  readonly longitude?: number;
  readonly type: StationType;
  readonly area: StationArea;
  /** Time zone of the station when the source gives one (IANA name or fixed offset). */
  readonly timeZone?: string;
  /** The source it came from, e.g. `openaq`, `eea`, `sensor.community`, `opendatasoft`. */
  readonly source: string;
}

/** Period a value averages. `raw`: an instrument reading (Sensor.Community, OpenAQ raw). */
export type Averaging = 'raw' | 'hour' | 'day' | 'year' | 'other';

/** One value of one pollutant at one station over [start, end). */
export interface Measurement {
  readonly stationId: string;
  readonly pollutant: Pollutant;
  /** Epoch ms UTC at which the period starts. */
  readonly start: number;
  /** Epoch ms UTC at which the period ends (= start for instantaneous readings). */
  readonly end: number;
  /** Zone the source wrote the time in (`+01:00`, `Europe/Paris`, `UTC`). */
  readonly timeZone: string;
  readonly value: number;
  readonly unit: Unit;
  readonly averaging: Averaging;
  /** The source's validity flag as given (EEA `Validity`, AASQA `sttt_vl`), when it has one. */
  readonly validity?: number | string;
  /** True for verified (validated) data, false for up-to-date unverified data, when the source says. */
  readonly verified?: boolean;
}

/**
 * Every input item of a load accounted for, named like `@datacites/core`'s `LoadAccount`:
 * `rowsRead = rowsKept + rowsRejected`, every rejected item having an `error` issue. Items are the
 * candidate values (one per measurement) for measurement loaders, and the records (index records,
 * sampling points, URLs) for the other loaders.
 */
export interface AirLoadAccount {
  readonly rowsRead: number;
  readonly rowsKept: number;
  readonly rowsRejected: number;
}

/**
 * The report every air loader returns beside its data, in the shape of `@datacites/core`'s
 * `LoadReport` (and of `@datacites/energy` and `@datacites/gtfs`): `issues`, `issueCounts`,
 * `account`.
 */
export interface AirLoadReport {
  /**
   * Issues kept (the first `maxIssuesPerCode` of each code), in the order found: `error` issues
   * are rejected items, `warning` issues kept ones, `info` issues notes.
   */
  readonly issues: readonly LoadIssue[];
  /** Exact number of issues per code and severity, including those not kept in `issues`. */
  readonly issueCounts: readonly IssueCount[];
  /** Every input item kept or rejected with an error issue. */
  readonly account: AirLoadAccount;
}

/** What a measurement loader returns. */
export interface AirData extends AirLoadReport {
  readonly stations: Station[];
  readonly measurements: Measurement[];
}
