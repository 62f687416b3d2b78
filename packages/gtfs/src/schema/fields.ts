/**
 * Column helpers shared by the GTFS table schemas: IDs stay strings, dates become ISO
 * `YYYY-MM-DD`, times become seconds since "noon minus 12h" of the service day, enums are
 * integer unions.
 * @packageDocumentation
 */
import { calendarDate, clockTime, integer } from '@datacites/core';
import { z } from 'zod';

/** A GTFS ID: kept as a string (leading zeros matter). */
export const id = (): z.ZodString => z.string();

/** Free text. */
export const text = (): z.ZodString => z.string();

/** A GTFS date (`YYYYMMDD`), read as ISO `YYYY-MM-DD`. */
export const gtfsDate = (): z.ZodType<string> => calendarDate('YYYYMMDD');

/** A GTFS time (`H:MM:SS`, hours may exceed 23), read as seconds since the service day's start. */
export const gtfsTime = (): z.ZodType<number> => clockTime();

/** A non-negative integer. */
export const count = (): z.ZodType<number> => z.int().min(0);

/** A non-negative number (distances, durations, prices). */
export const amount = (): z.ZodType<number> => z.number().min(0);

/** A latitude in degrees (WGS 84). */
export const latitude = (): z.ZodType<number> => z.number().min(-90).max(90);

/** A longitude in degrees (WGS 84). */
export const longitude = (): z.ZodType<number> => z.number().min(-180).max(180);

/**
 * An integer enum with contiguous values `min`…`max`, typed as the union `T`.
 * @example
 * ```ts
 * const pickupType = intEnum<0 | 1 | 2 | 3>(0, 3);
 * ```
 */
export function intEnum<T extends number>(min: number, max: number): z.ZodType<T> {
  return integer({}, z.int().min(min).max(max)) as unknown as z.ZodType<T>;
}

/** 0 or 1 flags (GTFS booleans such as `monday` or `is_bidirectional`). */
export const flag = (): z.ZodType<0 | 1> => intEnum<0 | 1>(0, 1);

/** The 0–2 accessibility enums (`wheelchair_boarding`, `bikes_allowed`…): 0 unknown, 1 yes, 2 no. */
export const accessibility = (): z.ZodType<0 | 1 | 2> => intEnum<0 | 1 | 2>(0, 2);

/** Pickup and drop-off kinds: 0 regular, 1 none, 2 phone agency, 3 coordinate with driver. */
export type PickupDropOffType = 0 | 1 | 2 | 3;

/** The 0–3 pickup/drop-off enum. */
export const pickupDropOff = (): z.ZodType<PickupDropOffType> => intEnum<PickupDropOffType>(0, 3);
