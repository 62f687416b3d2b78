/**
 * The coordinate reference systems used by French data: metropolitan France, overseas
 * territories, the old NTF Lambert zones and Web Mercator, with their proj4 definitions.
 * @packageDocumentation
 */

/** A longitude/latitude box in degrees (WGS84): `[west, south, east, north]`. */
export type LonLatBox = readonly [west: number, south: number, east: number, north: number];

/** The French territories that have a legal CRS of their own. */
export type Territory =
  | 'metropole'
  | 'guyane'
  | 'reunion'
  | 'antilles'
  | 'mayotte'
  | 'saint-pierre-et-miquelon'
  | 'nouvelle-caledonie'
  | 'polynesie'
  | 'world';

/** One CRS of the registry. */
export interface FrenchCrs {
  /** `EPSG:<n>`. */
  readonly code: string;
  /** EPSG name. */
  readonly name: string;
  /** `projected` coordinates are metres (x = easting, y = northing); `geographic` are degrees. */
  readonly kind: 'projected' | 'geographic';
  /** Territory where it is used. */
  readonly territory: Territory;
  /** EPSG area of use, in WGS84 degrees. */
  readonly area: LonLatBox;
  /** Definition given to proj4. */
  readonly proj4: string;
}

const GRS80_NULL_SHIFT = '+ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
const LAMBERT_93 = `+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 ${GRS80_NULL_SHIFT}`;
/** EPSG area of use of metropolitan France (mainland and Corsica, with offshore). */
const METROPOLE: LonLatBox = [-9.86, 41.15, 10.38, 51.56];
/**
 * "NTF to WGS 84 (1)", the 3-parameter shift (accuracy 2 m) used when IGN's NTv2 grid is not
 * loaded. See {@link useNtfGrid}.
 */
export const NTF_TOWGS84 = '-168,-60,320,0,0,0,0';
/**
 * "RGPF to WGS 84 (1)" (EPSG:15759 family, accuracy 0.5 m), position-vector convention, as PROJ
 * 9.1 applies it for the Polynésie UTM zones.
 */
const RGPF_TOWGS84 = '0.072,-0.507,-0.245,0.0183,-0.0003,0.007,-0.0093';

/** Latitude bands of the nine conic conformal zones CC42…CC50 (EPSG area of use). */
const CC_AREAS: Record<number, LonLatBox> = {
  42: [-1.06, 41.31, 9.63, 43.07],
  43: [-1.79, 42.33, 7.65, 44.01],
  44: [-1.79, 42.92, 7.71, 45.0],
  45: [-1.46, 44.0, 7.71, 46.0],
  46: [-2.21, 45.0, 7.16, 47.0],
  47: [-4.77, 46.0, 7.63, 48.0],
  48: [-4.87, 47.0, 8.23, 49.0],
  49: [-4.87, 48.0, 8.23, 50.0],
  50: [-2.03, 49.0, 8.08, 51.14],
};

function ccZone(zone: number): string {
  const y0 = (zone - 41) * 1_000_000 + 200_000;
  return `+proj=lcc +lat_0=${zone} +lon_0=3 +lat_1=${zone - 0.75} +lat_2=${zone + 0.75} +x_0=1700000 +y_0=${y0} ${GRS80_NULL_SHIFT}`;
}

function utm(zone: number, south: boolean, towgs84 = '0,0,0,0,0,0,0'): string {
  return `+proj=utm +zone=${zone}${south ? ' +south' : ''} +ellps=GRS80 +towgs84=${towgs84} +units=m +no_defs`;
}

function ccEntries(): FrenchCrs[] {
  const entries: FrenchCrs[] = [];
  for (let zone = 42; zone <= 50; zone++) {
    const area = CC_AREAS[zone]!;
    entries.push({
      code: `EPSG:${3900 + zone}`,
      name: `RGF93 v1 / CC${zone}`,
      kind: 'projected',
      territory: 'metropole',
      area,
      proj4: ccZone(zone),
    });
    for (const [version, offset] of [
      ['v2', 9780],
      ['v2b', 9800],
    ] as const) {
      entries.push({
        code: `EPSG:${offset + zone}`,
        name: `RGF93 ${version} / CC${zone}`,
        kind: 'projected',
        territory: 'metropole',
        area,
        proj4: ccZone(zone),
      });
    }
  }
  return entries;
}

/**
 * Every CRS of the registry. RGF93 v1, v2 and v2b share their definitions: EPSG's
 * transformations between them and WGS84 are null (1 m accuracy), as PROJ applies them.
 */
export const FRENCH_CRS: readonly FrenchCrs[] = [
  {
    code: 'EPSG:2154',
    name: 'RGF93 v1 / Lambert-93',
    kind: 'projected',
    territory: 'metropole',
    area: METROPOLE,
    proj4: LAMBERT_93,
  },
  {
    code: 'EPSG:9793',
    name: 'RGF93 v2 / Lambert-93',
    kind: 'projected',
    territory: 'metropole',
    area: METROPOLE,
    proj4: LAMBERT_93,
  },
  {
    code: 'EPSG:9794',
    name: 'RGF93 v2b / Lambert-93',
    kind: 'projected',
    territory: 'metropole',
    area: METROPOLE,
    proj4: LAMBERT_93,
  },
  ...ccEntries(),
  {
    code: 'EPSG:27572',
    name: 'NTF (Paris) / Lambert zone II (Lambert II étendu)',
    kind: 'projected',
    territory: 'metropole',
    area: [-4.87, 42.33, 8.23, 51.14],
    proj4: `+proj=lcc +lat_1=46.8 +lat_0=46.8 +lon_0=0 +k_0=0.99987742 +x_0=600000 +y_0=2200000 +ellps=clrk80ign +pm=paris +towgs84=${NTF_TOWGS84} +units=m +no_defs`,
  },
  {
    code: 'EPSG:4275',
    name: 'NTF',
    kind: 'geographic',
    territory: 'metropole',
    area: [-4.87, 41.31, 9.63, 51.14],
    proj4: `+proj=longlat +ellps=clrk80ign +towgs84=${NTF_TOWGS84} +no_defs`,
  },
  ...(
    [
      ['EPSG:4171', 'RGF93 v1'],
      ['EPSG:9777', 'RGF93 v2'],
      ['EPSG:9782', 'RGF93 v2b'],
    ] as const
  ).map(
    ([code, name]): FrenchCrs => ({
      code,
      name,
      kind: 'geographic',
      territory: 'metropole',
      area: METROPOLE,
      proj4: '+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs',
    }),
  ),
  {
    code: 'EPSG:2972',
    name: 'RGFG95 / UTM zone 22N',
    kind: 'projected',
    territory: 'guyane',
    area: [-54, 2.17, -49.45, 8.88],
    proj4: utm(22, false),
  },
  {
    code: 'EPSG:2975',
    name: 'RGR92 / UTM zone 40S',
    kind: 'projected',
    territory: 'reunion',
    area: [54, -24.72, 58.24, -18.28],
    proj4: utm(40, true),
  },
  {
    code: 'EPSG:5490',
    name: 'RGAF09 / UTM zone 20N',
    kind: 'projected',
    territory: 'antilles',
    area: [-63.66, 14.08, -60, 18.31],
    proj4: utm(20, false),
  },
  {
    code: 'EPSG:4471',
    name: 'RGM04 / UTM zone 38S',
    kind: 'projected',
    territory: 'mayotte',
    area: [43.68, -14.49, 46.7, -11.33],
    proj4: utm(38, true),
  },
  {
    code: 'EPSG:4467',
    name: 'RGSPM06 / UTM zone 21N',
    kind: 'projected',
    territory: 'saint-pierre-et-miquelon',
    area: [-57.1, 43.41, -55.9, 47.37],
    proj4: utm(21, false),
  },
  {
    code: 'EPSG:3163',
    name: 'RGNC91-93 / Lambert New Caledonia',
    kind: 'projected',
    territory: 'nouvelle-caledonie',
    area: [163.54, -22.73, 168.19, -19.5],
    proj4: `+proj=lcc +lat_0=-21.5 +lon_0=166 +lat_1=-20.6666666666667 +lat_2=-22.3333333333333 +x_0=400000 +y_0=300000 ${GRS80_NULL_SHIFT}`,
  },
  {
    code: 'EPSG:3296',
    name: 'RGPF / UTM zone 5S',
    kind: 'projected',
    territory: 'polynesie',
    area: [-158.13, -26.7, -150, -12.5],
    proj4: utm(5, true, RGPF_TOWGS84),
  },
  {
    code: 'EPSG:3297',
    name: 'RGPF / UTM zone 6S',
    kind: 'projected',
    territory: 'polynesie',
    area: [-150, -31.2, -144, -7.29],
    proj4: utm(6, true, RGPF_TOWGS84),
  },
  {
    code: 'EPSG:3298',
    name: 'RGPF / UTM zone 7S',
    kind: 'projected',
    territory: 'polynesie',
    area: [-144, -31.24, -138, -4.52],
    proj4: utm(7, true, RGPF_TOWGS84),
  },
  {
    code: 'EPSG:3857',
    name: 'WGS 84 / Pseudo-Mercator',
    kind: 'projected',
    territory: 'world',
    area: [-180, -85.06, 180, 85.06],
    proj4:
      '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs',
  },
];

/**
 * WGS84 boxes of the French territories (EPSG areas of use, offshore included), used to detect
 * swapped longitude/latitude and to guess a dataset's CRS.
 */
export const TERRITORY_BOXES: Readonly<Record<Exclude<Territory, 'world'>, LonLatBox>> = {
  metropole: METROPOLE,
  guyane: [-54, 2.17, -49.45, 8.88],
  reunion: [54, -24.72, 58.24, -18.28],
  antilles: [-63.66, 14.08, -60, 18.31],
  mayotte: [43.68, -14.49, 46.7, -11.33],
  'saint-pierre-et-miquelon': [-57.1, 43.41, -55.9, 47.37],
  'nouvelle-caledonie': [163.54, -22.73, 168.19, -19.5],
  polynesie: [-158.13, -31.24, -138, -4.52],
};

/** The registry entry of a code (`EPSG:2154`, `epsg:2154` or `2154`), or undefined. */
export function findFrenchCrs(code: string | number): FrenchCrs | undefined {
  const normalized = normalizeCrsCode(code);
  return FRENCH_CRS.find((crs) => crs.code === normalized);
}

/** `2154`, `'2154'`, `'epsg:2154'`, `'urn:ogc:def:crs:EPSG::2154'` → `'EPSG:2154'`. */
export function normalizeCrsCode(code: string | number): string {
  const text = String(code).trim();
  const match = /^(?:urn:ogc:def:crs:)?(?:epsg:{1,2})?(\d+)$/i.exec(text);
  if (match) return `EPSG:${match[1]}`;
  if (/^(?:urn:ogc:def:crs:OGC:1\.3:)?CRS84$/i.test(text)) return 'EPSG:4326';
  return text;
}
