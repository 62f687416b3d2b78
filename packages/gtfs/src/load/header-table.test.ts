import { describe, expect, it } from 'vitest';
import { peekHeader } from './header-table.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('peekHeader', () => {
  it('reads the first line only: BOM and spaces dropped, later lines ignored', async () => {
    const file = utf8('\uFEFFstop_id, stop_name ,stop_lat\n"S1","Gare, Nord",48.88\n');
    expect(await peekHeader(file)).toEqual(['stop_id', 'stop_name', 'stop_lat']);
  });

  it('keeps a quoted header name that holds a line break whole', async () => {
    // RFC 4180 §2.6: a quoted field may hold a line break, in a header too.
    const file = utf8('stop_id,"stop\nname",stop_lat\nS1,Nord,48.88\n');
    expect(await peekHeader(file)).toEqual(['stop_id', 'stop\nname', 'stop_lat']);
  });

  it('reads a header with no line end (a file of one line)', async () => {
    expect(await peekHeader(utf8('agency_id,agency_name'))).toEqual(['agency_id', 'agency_name']);
  });
});
