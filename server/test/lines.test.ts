import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/text/lines.js';

describe('LineIndex', () => {
  it('maps offsets to LSP positions across LF, CRLF and lone CR', () => {
    const text = 'ab\r\ncd\ref\ngh';
    const idx = new LineIndex(text);
    expect(idx.lineCount).toBe(4);
    expect(idx.positionAt(text.indexOf('c'))).toEqual({ line: 1, character: 0 });
    expect(idx.positionAt(text.indexOf('e'))).toEqual({ line: 2, character: 0 });
    expect(idx.positionAt(text.indexOf('h'))).toEqual({ line: 3, character: 1 });
    // between \r and \n: end of line 0's content
    expect(idx.positionAt(3)).toEqual({ line: 0, character: 2 });
    expect(idx.positionAt(999)).toEqual({ line: 3, character: 2 });
  });

  it('counts UTF-16 code units, as LSP does', () => {
    const text = '😀é x\nß';
    const idx = new LineIndex(text);
    expect(idx.positionAt(text.indexOf('x'))).toEqual({ line: 0, character: 4 });
    expect(idx.offsetAt({ line: 1, character: 1 })).toBe(text.length);
  });

  it('round-trips every offset', () => {
    const text = 'a\r\n\r\nb😀c\rd\n';
    const idx = new LineIndex(text);
    for (let o = 0; o <= text.length; o++) {
      if (text[o - 1] === '\r' && text[o] === '\n') continue; // inside a CRLF: no position of its own
      expect(idx.offsetAt(idx.positionAt(o))).toBe(o);
    }
  });
});
