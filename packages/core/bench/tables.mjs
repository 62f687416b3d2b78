// The table schemas the benchmark decodes: WMATA's stop_times.txt and ODRÉ daily temperatures.
import { z } from 'zod';
import { calendarDate, clockTime, defineTable } from '../dist/index.js';

export const StopTimes = defineTable({
  name: 'stop_times.txt',
  columns: {
    trip_id: z.string(),
    arrival_time: clockTime().optional(),
    departure_time: clockTime().optional(),
    stop_id: z.string(),
    stop_sequence: z.int().min(0),
    pickup_type: z.int().min(0).max(3).optional(),
    drop_off_type: z.int().min(0).max(3).optional(),
    shape_dist_traveled: z.number().min(0).optional(),
  },
});

export const Temperatures = defineTable({
  columns: {
    date: calendarDate('DD/MM/YY'),
    region: z.string(),
    tmin: z.number(),
    tmax: z.number(),
    tmean: z.number(),
  },
  aliases: {
    date: ['Date'],
    region: ['Région'],
    tmin: ['TMin (°C)'],
    tmax: ['TMax (°C)'],
    tmean: ['TMoy (°C)'],
  },
});
