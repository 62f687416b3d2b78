/**
 * Colour-blind-safe colour ramps for classed maps, from ColorBrewer 2.0 (Cynthia Brewer, Mark
 * Harrower and The Pennsylvania State University, https://colorbrewer2.org, Apache License 2.0).
 * Every scheme here is marked "colorblind safe" by ColorBrewer for all its class counts.
 * @packageDocumentation
 */

/** Names of the bundled ramps: three sequential schemes and one diverging scheme. */
export type ColorRampName = 'YlGnBu' | 'YlOrRd' | 'PuBu' | 'RdYlBu';

// One string per class count (3 to 9), six hex digits per colour, light to dark (sequential)
// or red to blue (diverging), exactly as ColorBrewer publishes them.
const SCHEMES: Record<ColorRampName, readonly string[]> = {
  YlGnBu: [
    'edf8b17fcdbb2c7fb8',
    'ffffcca1dab441b6c4225ea8',
    'ffffcca1dab441b6c42c7fb8253494',
    'ffffccc7e9b47fcdbb41b6c42c7fb8253494',
    'ffffccc7e9b47fcdbb41b6c41d91c0225ea80c2c84',
    'ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea80c2c84',
    'ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea8253494081d58',
  ],
  YlOrRd: [
    'ffeda0feb24cf03b20',
    'ffffb2fecc5cfd8d3ce31a1c',
    'ffffb2fecc5cfd8d3cf03b20bd0026',
    'ffffb2fed976feb24cfd8d3cf03b20bd0026',
    'ffffb2fed976feb24cfd8d3cfc4e2ae31a1cb10026',
    'ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cb10026',
    'ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cbd0026800026',
  ],
  PuBu: [
    'ece7f2a6bddb2b8cbe',
    'f1eef6bdc9e174a9cf0570b0',
    'f1eef6bdc9e174a9cf2b8cbe045a8d',
    'f1eef6d0d1e6a6bddb74a9cf2b8cbe045a8d',
    'f1eef6d0d1e6a6bddb74a9cf3690c00570b0034e7b',
    'fff7fbece7f2d0d1e6a6bddb74a9cf3690c00570b0034e7b',
    'fff7fbece7f2d0d1e6a6bddb74a9cf3690c00570b0045a8d023858',
  ],
  RdYlBu: [
    'fc8d59ffffbf91bfdb',
    'd7191cfdae61abd9e92c7bb6',
    'd7191cfdae61ffffbfabd9e92c7bb6',
    'd73027fc8d59fee090e0f3f891bfdb4575b4',
    'd73027fc8d59fee090ffffbfe0f3f891bfdb4575b4',
    'd73027f46d43fdae61fee090e0f3f8abd9e974add14575b4',
    'd73027f46d43fdae61fee090ffffbfe0f3f8abd9e974add14575b4',
  ],
};

/** Smallest and largest class counts ColorBrewer defines for every bundled ramp. */
export const RAMP_CLASS_RANGE = { min: 3, max: 9 } as const;

/** The names of the bundled ramps. */
export const COLOR_RAMP_NAMES = Object.keys(SCHEMES) as ColorRampName[];

/**
 * The colours of a ramp for a number of classes, as `#rrggbb` strings. One or two classes take
 * the first colours of the 3-class scheme.
 *
 * @throws RangeError when `classes` is not an integer from 1 to 9 or the ramp is unknown.
 * @example
 * ```ts
 * colorRamp('YlGnBu', 5); // ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494']
 * ```
 */
export function colorRamp(name: ColorRampName, classes: number): string[] {
  const scheme = SCHEMES[name];
  if (!scheme) throw new RangeError(`Unknown colour ramp "${name}".`);
  if (!Number.isInteger(classes) || classes < 1 || classes > RAMP_CLASS_RANGE.max) {
    throw new RangeError(`A ramp has from 1 to ${RAMP_CLASS_RANGE.max} classes, not ${classes}.`);
  }
  const packed = scheme[Math.max(classes, RAMP_CLASS_RANGE.min) - RAMP_CLASS_RANGE.min]!;
  const colors: string[] = [];
  for (let i = 0; i < packed.length; i += 6) colors.push(`#${packed.slice(i, i + 6)}`);
  return colors.slice(0, classes);
}

/** Whether a string names a bundled ramp. */
export function isColorRampName(name: string): name is ColorRampName {
  return Object.hasOwn(SCHEMES, name);
}
