const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text from a dataset for use inside HTML text or a quoted attribute, so that a value
 * such as `<img src=x onerror=alert(1)>` is shown as text and never parsed as markup. The widgets
 * themselves set `textContent`; this is for integrators who build HTML strings.
 *
 * @example
 * ```ts
 * escapeHtml('<b>Café "Le Zinc"</b>'); // '&lt;b&gt;Café &quot;Le Zinc&quot;&lt;/b&gt;'
 * ```
 */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
