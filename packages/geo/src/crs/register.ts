import proj4 from 'proj4';
import { FRENCH_CRS, findFrenchCrs, NTF_TOWGS84, normalizeCrsCode } from './french-crs.js';

/** The proj4 function, or a copy of it, that definitions are registered with. */
export type Proj4 = typeof proj4;

/** Key under which {@link useNtfGrid} registers IGN's grid with proj4. */
export const NTF_GRID_KEY = 'ntf_r93.gsb';

let registered = false;
let generation = 0;

/**
 * Registers every CRS of {@link FRENCH_CRS} with proj4, so that `proj4('EPSG:2154', …)` works.
 * Importing `@datacites/geo/crs` does this; the functions of this package call it themselves.
 *
 * @example
 * ```ts
 * import proj4 from 'proj4';
 * registerFrenchCrs();
 * proj4('EPSG:2154', 'EPSG:4326', [652296.97, 6861636.36]); // ≈ [2.3499, 48.853]
 * ```
 */
export function registerFrenchCrs(target: Proj4 = proj4): void {
  for (const crs of FRENCH_CRS) target.defs(crs.code, crs.proj4);
  if (target === proj4) {
    registered = true;
    generation++;
  }
}

/** Registers the French CRS with proj4 once. */
export function ensureFrenchCrs(): void {
  if (!registered) registerFrenchCrs();
}

/**
 * A number that changes whenever definitions are (re)registered, so cached converters can be
 * rebuilt.
 * @internal
 */
export function definitionsGeneration(): number {
  return generation;
}

const NTF_CODES = ['EPSG:27572', 'EPSG:4275'] as const;

/**
 * Loads IGN's NTv2 grid `ntf_r93.gsb` (NTF → RGF93, distributed by IGN and with PROJ) and makes
 * the NTF systems (EPSG:27572 Lambert II étendu, EPSG:4275) use it instead of the 3-parameter
 * shift: about 1 to 2 m more accurate (1.37 m at Paris).
 *
 * @param grid the bytes of `ntf_r93.gsb`.
 * @example
 * ```ts
 * useNtfGrid((await readFile('/usr/share/proj/ntf_r93.gsb')).buffer);
 * reprojectPoint([600982.13, 2428295.0], 'EPSG:27572', 'EPSG:4326');
 * ```
 */
export function useNtfGrid(grid: ArrayBuffer): void {
  ensureFrenchCrs();
  proj4.nadgrid(NTF_GRID_KEY, grid);
  for (const code of NTF_CODES) {
    const definition = findFrenchCrs(code)!.proj4;
    proj4.defs(code, definition.replace(`+towgs84=${NTF_TOWGS84}`, `+nadgrids=${NTF_GRID_KEY}`));
  }
  generation++;
}

/** Makes the NTF systems use the 3-parameter shift again (the default). */
export function useNtfHelmert(): void {
  ensureFrenchCrs();
  for (const code of NTF_CODES) proj4.defs(code, findFrenchCrs(code)!.proj4);
  generation++;
}

/** True when proj4 knows the code (after registering the French CRS). */
export function isKnownCrs(code: string | number): boolean {
  ensureFrenchCrs();
  return proj4.defs(normalizeCrsCode(code)) !== undefined;
}
