/**
 * GTFS-Realtime feeds (TripUpdates, VehiclePositions, Alerts) decoded with the official
 * `gtfs-realtime-bindings` into plain typed objects (https://gtfs.org/documentation/realtime/reference/).
 * @packageDocumentation
 */
import { DataError } from '@datacites/core';
import GtfsRealtimeBindings from 'gtfs-realtime-bindings';

const { transit_realtime: rt } = GtfsRealtimeBindings;

/** Which trip an update is about. Dates are ISO `YYYY-MM-DD`. */
export interface RealtimeTrip {
  readonly tripId?: string;
  readonly routeId?: string;
  readonly directionId?: number;
  /** `HH:MM:SS` as sent (frequency-based trips). */
  readonly startTime?: string;
  readonly startDate?: string;
  readonly scheduleRelationship?: string;
}

/** The vehicle serving a trip. */
export interface RealtimeVehicle {
  readonly id?: string;
  readonly label?: string;
  readonly licensePlate?: string;
}

/** A predicted arrival or departure: a delay in seconds and/or a POSIX time. */
export interface RealtimeEvent {
  readonly delay?: number;
  readonly time?: number;
  readonly uncertainty?: number;
}

/** A prediction at one stop. */
export interface StopTimeUpdate {
  readonly stopSequence?: number;
  readonly stopId?: string;
  readonly arrival?: RealtimeEvent;
  readonly departure?: RealtimeEvent;
  readonly scheduleRelationship?: string;
}

/** A TripUpdate entity. */
export interface TripUpdate {
  readonly entityId: string;
  readonly trip: RealtimeTrip;
  readonly vehicle?: RealtimeVehicle;
  readonly stopTimeUpdates: readonly StopTimeUpdate[];
  readonly timestamp?: number;
  readonly delay?: number;
}

/** A VehiclePosition entity. */
export interface VehiclePosition {
  readonly entityId: string;
  readonly trip?: RealtimeTrip;
  readonly vehicle?: RealtimeVehicle;
  readonly position?: {
    readonly latitude: number;
    readonly longitude: number;
    readonly bearing?: number;
    readonly speed?: number;
  };
  readonly currentStopSequence?: number;
  readonly stopId?: string;
  readonly currentStatus?: string;
  readonly timestamp?: number;
  readonly congestionLevel?: string;
  readonly occupancyStatus?: string;
}

/** What an alert applies to. */
export interface InformedEntity {
  readonly agencyId?: string;
  readonly routeId?: string;
  readonly routeType?: number;
  readonly trip?: RealtimeTrip;
  readonly stopId?: string;
}

/** An Alert entity; texts by language (`''` when the feed gives none). */
export interface Alert {
  readonly entityId: string;
  readonly activePeriods: readonly { readonly start?: number; readonly end?: number }[];
  readonly informedEntities: readonly InformedEntity[];
  readonly cause?: string;
  readonly effect?: string;
  readonly url?: Readonly<Record<string, string>>;
  readonly headerText?: Readonly<Record<string, string>>;
  readonly descriptionText?: Readonly<Record<string, string>>;
}

/** A decoded GTFS-Realtime feed. */
export interface RealtimeFeed {
  readonly gtfsRealtimeVersion: string;
  readonly incrementality?: string;
  /** POSIX seconds of the feed. */
  readonly timestamp?: number;
  readonly tripUpdates: readonly TripUpdate[];
  readonly vehiclePositions: readonly VehiclePosition[];
  readonly alerts: readonly Alert[];
}

// biome-ignore lint/suspicious/noExplicitAny: protobufjs toObject output is untyped
type Raw = any;

const isoDate = (value?: string) =>
  value && /^\d{8}$/.test(value)
    ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6)}`
    : value;

function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function trip(raw: Raw): RealtimeTrip | undefined {
  if (!raw) return undefined;
  return clean({
    tripId: raw.tripId,
    routeId: raw.routeId,
    directionId: raw.directionId,
    startTime: raw.startTime,
    startDate: isoDate(raw.startDate),
    scheduleRelationship: raw.scheduleRelationship,
  });
}

function vehicle(raw: Raw): RealtimeVehicle | undefined {
  return raw ? clean({ id: raw.id, label: raw.label, licensePlate: raw.licensePlate }) : undefined;
}

function event(raw: Raw): RealtimeEvent | undefined {
  return raw
    ? clean({ delay: raw.delay, time: raw.time, uncertainty: raw.uncertainty })
    : undefined;
}

function texts(raw: Raw): Record<string, string> | undefined {
  if (!raw?.translation) return undefined;
  return Object.fromEntries(raw.translation.map((t: Raw) => [t.language ?? '', t.text ?? '']));
}

/**
 * Decodes a GTFS-Realtime protobuf (`FeedMessage`). Throws a `DataError` (code
 * `invalid_protobuf`) when the bytes are not one.
 * @example
 * ```ts
 * const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
 * const { tripUpdates, vehiclePositions, alerts } = decodeRealtime(bytes);
 * ```
 */
export function decodeRealtime(bytes: Uint8Array): RealtimeFeed {
  let raw: Raw;
  try {
    raw = rt.FeedMessage.toObject(rt.FeedMessage.decode(bytes), {
      longs: Number,
      enums: String,
    });
  } catch (error) {
    throw new DataError('Not a GTFS-Realtime FeedMessage', [
      {
        code: 'invalid_protobuf',
        severity: 'error',
        message: error instanceof Error ? error.message : String(error),
      },
    ]);
  }
  const tripUpdates: TripUpdate[] = [];
  const vehiclePositions: VehiclePosition[] = [];
  const alerts: Alert[] = [];
  for (const entity of raw.entity ?? []) {
    const entityId = String(entity.id);
    if (entity.tripUpdate) {
      const u = entity.tripUpdate;
      tripUpdates.push(
        clean({
          entityId,
          trip: trip(u.trip) ?? {},
          vehicle: vehicle(u.vehicle),
          stopTimeUpdates: (u.stopTimeUpdate ?? []).map((s: Raw) =>
            clean({
              stopSequence: s.stopSequence,
              stopId: s.stopId,
              arrival: event(s.arrival),
              departure: event(s.departure),
              scheduleRelationship: s.scheduleRelationship,
            }),
          ),
          timestamp: u.timestamp,
          delay: u.delay,
        }),
      );
    }
    if (entity.vehicle) {
      const v = entity.vehicle;
      vehiclePositions.push(
        clean({
          entityId,
          trip: trip(v.trip),
          vehicle: vehicle(v.vehicle),
          position: v.position ? clean({ ...v.position }) : undefined,
          currentStopSequence: v.currentStopSequence,
          stopId: v.stopId,
          currentStatus: v.currentStatus,
          timestamp: v.timestamp,
          congestionLevel: v.congestionLevel,
          occupancyStatus: v.occupancyStatus,
        }),
      );
    }
    if (entity.alert) {
      const a = entity.alert;
      alerts.push(
        clean({
          entityId,
          activePeriods: (a.activePeriod ?? []).map((p: Raw) =>
            clean({ start: p.start, end: p.end }),
          ),
          informedEntities: (a.informedEntity ?? []).map((e: Raw) =>
            clean({
              agencyId: e.agencyId,
              routeId: e.routeId,
              routeType: e.routeType,
              trip: trip(e.trip),
              stopId: e.stopId,
            }),
          ),
          cause: a.cause,
          effect: a.effect,
          url: texts(a.url),
          headerText: texts(a.headerText),
          descriptionText: texts(a.descriptionText),
        }),
      );
    }
  }
  return clean({
    gtfsRealtimeVersion: String(raw.header?.gtfsRealtimeVersion ?? ''),
    incrementality: raw.header?.incrementality,
    timestamp: raw.header?.timestamp,
    tripUpdates,
    vehiclePositions,
    alerts,
  });
}
