/** Paths of the committed test fixtures (see `fixtures/SOURCES.md`). */
import { fileURLToPath } from 'node:url';

const at = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export const CALTRAIN_ZIP = at('caltrain_20160406.zip');
export const CAIRNS_ZIP = at('cairns_gtfs.zip');
export const CAIRNS_TRIP_STATS = at('cairns_trip_stats.excerpt.csv');
export const ATB_FOLDER = at('atb-region-nord');
export const FREQUENCIES_FOLDER = at('hand-made/frequencies');
export const BROKEN_FOLDER = at('hand-made/broken');
