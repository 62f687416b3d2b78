import { readFileSync } from 'node:fs';
import { dailyIndex, hourlySeriesByStation, loadWideTable, usAqiSubIndex } from '@datacites/air';

// Two days of a UK roadside station (hourly NO2, PM10, PM2.5; stamps mark the end of the hour).
const file = new URL('../test/fixtures/uk-aberdeen-king-street-excerpt.csv', import.meta.url);
const data = await loadWideTable(readFileSync(file), {
  station: { id: 'king-street' },
  timeMarks: 'end',
});
console.log(data.account); // every cell kept or rejected with an issue (here: empty cells)
const { series } = hourlySeriesByStation(data.measurements);
for (const { date, index } of dailyIndex(series.get('king-street'), 'daqi'))
  if (index) console.log(date, `DAQI ${index.value} ${index.label}, due to ${index.dominant}`);
console.log(usAqiSubIndex('pm25_24h', 35.45)); // truncated to 35.4 µg/m³ → US AQI 100, Moderate
