import type { LoadProgress } from '@datacites/core';

/** One line of the loading panel: a label, a progress bar and a short state text. */
export interface StatusLine {
  /** Download progress, 0–1 (or undefined when the size is unknown). */
  downloading(fraction: number | undefined): void;
  /** Progress of the loader reading the file. */
  reading(progress: LoadProgress): void;
  /** The work is finished: a full bar and `text` (e.g. the rows read). */
  done(text: string): void;
  /** The work failed: an empty bar and `text`, shown in the error colour. */
  failed(text: string): void;
  /** Takes the line off the panel: for work that leaves nothing to report once finished. */
  remove(): void;
}

/**
 * Adds a line for one file or one long computation to the loading panel `list` (an `aria-live`
 * list), so people see which file is being fetched or read, or what is being computed, and how
 * far along it is. A new line's bar is indeterminate until a progress or end is reported.
 *
 * @example
 * ```ts
 * const line = statusLine(document.querySelector('#status')!, 'linky.csv');
 * line.done('17 520 rows');
 * ```
 */
export function statusLine(list: HTMLElement, label: string): StatusLine {
  const item = document.createElement('li');
  const name = document.createElement('span');
  name.textContent = label;
  const bar = document.createElement('progress');
  bar.max = 1;
  const state = document.createElement('span');
  state.className = 'state';
  item.append(name, bar, state);
  list.append(item);
  const set = (fraction: number | undefined, text: string) => {
    if (fraction === undefined) bar.removeAttribute('value');
    else bar.value = fraction;
    state.textContent = text;
  };
  return {
    downloading: (fraction) =>
      set(fraction, fraction === undefined ? '…' : `${Math.round(fraction * 100)} %`),
    reading: (p) =>
      set(p.totalBytes ? p.bytesRead / p.totalBytes : undefined, `${p.rows.toLocaleString()} rows`),
    done: (text) => {
      set(1, text);
      item.dataset.state = 'done';
    },
    failed: (text) => {
      set(0, text);
      item.dataset.state = 'failed';
    },
    remove: () => item.remove(),
  };
}
