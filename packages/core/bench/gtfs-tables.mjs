// The table schemas the benchmark decodes: WMATA's stop_times.txt and an Enedis-style energy CSV.

import { z } from 'zod';
import { clockTime, defineTable } from '../dist/index.js';

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
