import type { LocalizedText } from './data-layer.js';
import type { MapLanguage } from './i18n.js';

/** A localized text in a language. */
export function textIn(text: LocalizedText, language: MapLanguage): string {
  return typeof text === 'string' ? text : text[language];
}

/** A number formatted for a language (French spaces and commas, English commas and points). */
export function formatNumber(value: number, language: MapLanguage): string {
  return new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: Math.abs(value) >= 100 ? 0 : 2,
  }).format(value);
}

/** A value of a feature property as text for people. */
export function displayValue(value: unknown, language: MapLanguage): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'number') return formatNumber(value, language);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Creates an element with a class and, optionally, text (set as text: never parsed as HTML). */
export function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
