import { describe, expect, it } from 'vitest';
import { messagesOf } from './i18n.js';

describe('stop summary', () => {
  // French writes a decimal comma and hours as "7 h" (Imprimerie nationale's typographic rules).
  it('writes the mean interval the page language’s way', () => {
    expect(messagesOf('fr').stopSummary('Gare', 40, 53.66, 40, 60)).toContain(
      'entre 7 h et 19 h, un départ toutes les 53,7 min',
    );
    expect(messagesOf('en').stopSummary('Station', 40, 53.66, 40, 60)).toContain(
      'one every 53.7 min',
    );
  });
});
