/** A bundled feed, with its source and licence. */
export interface FeedSource {
  readonly file: string;
  readonly name: string;
  readonly source: string;
  readonly licence: string;
  readonly url: string;
}

/** The feeds bundled with the explorer. */
export const FEEDS: readonly FeedSource[] = [
  {
    file: 'caltrain_20160406.zip',
    name: 'Caltrain (San Francisco – San José), 2016',
    source: 'Caltrain GTFS, test fixture of BlinkTagInc/node-gtfs',
    licence: 'MIT (repository)',
    url: 'https://github.com/BlinkTagInc/node-gtfs',
  },
  {
    file: 'cairns_gtfs.zip',
    name: 'Cairns buses (TransLink Queensland), 2014',
    source: 'TransLink Queensland GTFS, test feed of mrcagney/gtfs_kit',
    licence: 'MIT (repository)',
    url: 'https://github.com/mrcagney/gtfs_kit',
  },
];

/**
 * Renders the feeds' sources as a list of links.
 *
 * @example
 * ```ts
 * renderSources(document.querySelector('#sources ul')!);
 * ```
 */
export function renderSources(list: HTMLElement): void {
  for (const s of FEEDS) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = s.url;
    link.textContent = s.name;
    item.append(link, ` — ${s.source}, ${s.licence}`);
    list.append(item);
  }
}
