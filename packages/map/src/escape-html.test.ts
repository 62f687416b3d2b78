import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.js';

// Expected strings are written out by hand from the five HTML special characters.
describe('escapeHtml', () => {
  it('escapes markup so it is shown as text', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">')).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;',
    );
    expect(escapeHtml("Rue de l'Église & Cie")).toBe('Rue de l&#39;Église &amp; Cie');
  });

  it('turns null and numbers into text', () => {
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(12.5)).toBe('12.5');
  });
});
