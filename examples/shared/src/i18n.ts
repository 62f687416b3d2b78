/** Languages of the examples' pages. */
export type Language = 'fr' | 'en';

/**
 * The texts every example shows the same way: the loader-issues list (row account, issue table,
 * first issues), the sources heading and a row count. Each example's own `Messages` extends this.
 */
export interface SharedMessages {
  readonly account: (read: number, kept: number, rejected: number) => string;
  readonly noIssues: string;
  readonly issueColumns: readonly string[];
  readonly firstIssues: (n: number) => string;
  readonly sourcesTitle: string;
  readonly rows: (n: number) => string;
}

const fmt = (language: Language) => (n: number) => n.toLocaleString(language);

/**
 * The shared texts in each language, to spread into an example's own messages.
 *
 * @example
 * ```ts
 * const en: Messages = { ...sharedMessages.en, title: 'Energy atlas', … };
 * ```
 */
export const sharedMessages: Readonly<Record<Language, SharedMessages>> = {
  fr: {
    account: (r, k, x) =>
      `${fmt('fr')(r)} lignes lues = ${fmt('fr')(k)} gardées + ${fmt('fr')(x)} rejetées`,
    noIssues: 'Aucun problème.',
    issueColumns: ['gravité', 'code', 'nombre'],
    firstIssues: (n) => `Les ${n} premiers problèmes`,
    sourcesTitle: 'Sources et licences',
    rows: (n) => `${fmt('fr')(n)} lignes`,
  },
  en: {
    account: (r, k, x) =>
      `${fmt('en')(r)} rows read = ${fmt('en')(k)} kept + ${fmt('en')(x)} rejected`,
    noIssues: 'No problem.',
    issueColumns: ['severity', 'code', 'count'],
    firstIssues: (n) => `The first ${n} problems`,
    sourcesTitle: 'Sources and licences',
    rows: (n) => `${fmt('en')(n)} rows`,
  },
};

/** The page's language: `?lang=en` for English, French otherwise. */
export function pageLanguage(search = location.search): Language {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'fr';
}

/**
 * Puts the page in `language`: `<html lang>`, the title, every `[data-text="key"]` element's text
 * (string messages only, set as text, never HTML) and the `#language` link to the other language.
 */
export function applyPageTexts<M extends { readonly title: string }>(
  language: Language,
  messages: M,
  root: Document = document,
): void {
  root.documentElement.lang = language;
  root.title = messages.title;
  for (const element of root.querySelectorAll<HTMLElement>('[data-text]')) {
    const value = messages[element.dataset.text as keyof M];
    if (typeof value === 'string') element.textContent = value;
  }
  const link = root.querySelector<HTMLAnchorElement>('#language');
  if (link) link.href = language === 'en' ? '?lang=fr' : '?lang=en';
}
