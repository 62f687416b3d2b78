// A realistic synthetic network of hourly readings built from real shared series: the Aberdeen
// King Street roadside station (NO2, PM10, PM2.5, 20 months hourly) and the Grand Poitiers hourly
// ozone values (Atmo Nouvelle-Aquitaine). Each synthetic station replays the UK series shifted in
// time and scaled, and an ozone series tiled from the Poitiers hours and anti-correlated with NO2.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SHARED =
  process.env.DATACITES_SHARED_DATA ?? new URL('../../../../shared/data', import.meta.url).pathname;

/** @returns {{ no2: number[], pm10: number[], pm25: number[] }} hourly values, NaN when empty */
function ukSeries() {
  const text = readFileSync(
    join(SHARED, 'air', 'uk-aberdeen-king-street-hourly-no2-pm10-pm25.csv'),
    'utf8',
  );
  const out = { no2: [], pm10: [], pm25: [] };
  for (const line of text.split('\n').slice(1)) {
    if (!line) continue;
    const [, no2, pm10, pm25] = line.split(';');
    out.no2.push(no2 === '' ? Number.NaN : Number(no2));
    out.pm10.push(pm10 === '' ? Number.NaN : Number(pm10));
    out.pm25.push(pm25 === '' || pm25 === undefined ? Number.NaN : Number(pm25));
  }
  return out;
}

function poitiersOzone() {
  const records = JSON.parse(
    readFileSync(
      join(SHARED, 'air', 'fr-grandpoitiers-atmo-na-hourly-stations-2019-01-17.json'),
      'utf8',
    ),
  );
  return records
    .map((r) => r.fields)
    .filter((f) => f.id_pll === '7' && f.metriqu === 'moyenne horaire')
    .map((f) => f.valeur);
}

/**
 * @param {number} stations
 * @param {number} hours
 * @returns {{ start: number, hours: number, stations: { id: string, pm25: Float64Array, pm10: Float64Array, no2: Float64Array, o3: Float64Array }[] }}
 */
export function buildNetwork(stations = 17, hours = 14_706) {
  const uk = ukSeries();
  const o3 = poitiersOzone();
  const n = uk.no2.length;
  const list = [];
  for (let s = 0; s < stations; s++) {
    const shift = (s * 977) % n;
    const scale = 0.6 + ((s * 0.6180339887) % 1) * 0.8;
    const station = {
      id: `S${String(s).padStart(2, '0')}`,
      pm25: new Float64Array(hours),
      pm10: new Float64Array(hours),
      no2: new Float64Array(hours),
      o3: new Float64Array(hours),
    };
    for (let h = 0; h < hours; h++) {
      const i = (h + shift) % n;
      station.no2[h] = uk.no2[i] * scale;
      station.pm10[h] = uk.pm10[i] * scale;
      station.pm25[h] = uk.pm25[i] * scale;
      const base = o3[(h + s) % o3.length];
      const no2 = Number.isNaN(uk.no2[i]) ? 20 : uk.no2[i];
      station.o3[h] = Math.max(
        0,
        base * (1.3 - no2 / 100) * (0.8 + 0.4 * Math.sin((2 * Math.PI * h) / 24)),
      );
    }
    list.push(station);
  }
  return { start: Date.UTC(2017, 9, 1), hours, stations: list };
}
