import type { DataLayer } from './data-layer.js';
import type { MapLanguage, MapMessages } from './i18n.js';
import { element } from './text.js';

/** A time value of a feature: ISO 8601 text or epoch milliseconds. */
export type TimeValue = string | number;

/** The distinct times of the layers' `timeProperty`, sorted chronologically. */
export function distinctTimes(layers: readonly DataLayer[]): TimeValue[] {
  const seen = new Map<string, TimeValue>();
  for (const layer of layers) {
    const property = layer.timeProperty;
    if (!property) continue;
    for (const feature of layer.data.features) {
      const value = feature.properties?.[property];
      if (typeof value === 'string' || typeof value === 'number') seen.set(String(value), value);
    }
  }
  const millis = (value: TimeValue) => (typeof value === 'number' ? value : Date.parse(value));
  return [...seen.values()].sort(
    (a, b) => millis(a) - millis(b) || String(a).localeCompare(String(b)),
  );
}

/** A time as text for people, in the map's language. */
export function formatTime(value: TimeValue, language: MapLanguage): string {
  const date = new Date(typeof value === 'number' ? value : Date.parse(value));
  if (Number.isNaN(date.getTime())) return String(value);
  const dateOnly = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    ...(dateOnly ? { timeZone: 'UTC' } : { timeStyle: 'short' }),
  }).format(date);
}

/** A running time slider; `destroy()` stops its animation. */
export interface TimeSliderView {
  readonly element: HTMLElement;
  /** Shows time number `index` (and calls `onChange`). */
  setIndex(index: number): void;
  readonly playing: boolean;
  play(): void;
  pause(): void;
  destroy(): void;
}

/**
 * A time slider over `times`: a native range input (arrow keys step through the times) with the
 * current time as its `aria-valuetext`, and a play/pause button that animates every `stepMs`.
 * It starts at `startIndex` (and reports that time through `onChange`).
 */
export function renderTimeSlider(
  doc: Document,
  times: readonly TimeValue[],
  onChange: (time: TimeValue) => void,
  language: MapLanguage,
  messages: MapMessages,
  stepMs = 800,
  startIndex = 0,
): TimeSliderView {
  const root = element(doc, 'section', 'datacites-time-section');
  root.setAttribute('aria-label', messages.time);
  const heading = element(doc, 'h2', undefined, messages.time);
  const row = element(doc, 'div', 'datacites-time');
  const button = element(doc, 'button', 'datacites-time__play', messages.play);
  button.type = 'button';
  button.setAttribute('aria-pressed', 'false');
  const input = element(doc, 'input');
  input.type = 'range';
  input.min = '0';
  input.max = String(Math.max(0, times.length - 1));
  input.step = '1';
  input.value = '0';
  input.setAttribute('aria-label', messages.time);
  const output = element(doc, 'output', 'datacites-time__value');
  output.setAttribute('aria-live', 'polite');
  row.append(button, input);
  root.append(heading, row, output);
  let timer: ReturnType<typeof setInterval> | undefined;

  const show = (index: number) => {
    const time = times[index];
    if (time === undefined) return;
    input.value = String(index);
    const text = formatTime(time, language);
    input.setAttribute('aria-valuetext', text);
    output.textContent = text;
    onChange(time);
  };
  const pause = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    button.textContent = messages.play;
    button.setAttribute('aria-pressed', 'false');
  };
  const play = () => {
    if (timer !== undefined || times.length < 2) return;
    button.textContent = messages.pause;
    button.setAttribute('aria-pressed', 'true');
    timer = setInterval(() => show((Number(input.value) + 1) % times.length), stepMs);
  };
  input.addEventListener('input', () => show(Number(input.value)));
  button.addEventListener('click', () => (timer === undefined ? play() : pause()));
  if (times.length > 0) show(Math.min(Math.max(startIndex, 0), times.length - 1));
  return {
    element: root,
    setIndex: show,
    get playing() {
      return timer !== undefined;
    },
    play,
    pause,
    destroy: pause,
  };
}
