// Builds the 1M-row benchmark CSV by repeating the data rows of the real ORE département file
// (../shared/data/energy, 30 columns, CRLF) under its own header.
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function makeOreFile(sharedData, out, rows = 1_000_000) {
  if (existsSync(out)) return out;
  mkdirSync(dirname(out), { recursive: true });
  const text = readFileSync(
    join(sharedData, 'energy/ore-conso-elec-gaz-departement-2011-2019.csv'),
    'utf8',
  );
  const lines = text.split('\r\n').filter((l) => l !== '');
  const [header, ...data] = lines;
  const chunks = [header];
  for (let i = 0; i < rows; i++) chunks.push(data[i % data.length]);
  const stream = createWriteStream(out);
  stream.end(`${chunks.join('\r\n')}\r\n`);
  return new Promise((resolve) => stream.on('finish', () => resolve(out)));
}
