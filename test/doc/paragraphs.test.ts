import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/doc.js';
import { decodeInput } from '../../src/doc/decode.js';

const texts = (doc: Doc) => doc.paragraphs.map((p) => doc.slice(p.start, p.end));

describe('Doc paragraphs (SemEval-2023 numbering: 1-based line numbers, empty lines skipped)', () => {
  it('numbers lines and skips empty and whitespace-only ones', () => {
    const doc = new Doc('Title\n\nFirst paragraph.\n   \n\t\nSecond one.\n');
    expect(doc.paragraphs.map((p) => p.id)).toEqual([1, 3, 6]);
    expect(texts(doc)).toEqual(['Title', 'First paragraph.', 'Second one.']);
  });

  it('keeps \\r out of paragraphs of CRLF text, with the same numbering', () => {
    const doc = new Doc('Title\r\n\r\nBody line.\r\nLast');
    expect(doc.paragraphs.map((p) => p.id)).toEqual([1, 3, 4]);
    expect(texts(doc)).toEqual(['Title', 'Body line.', 'Last']);
    expect(doc.paragraphs[1]).toMatchObject({ start: 9, end: 19 }); // after 'Title', \r\n, \r\n
  });

  it('handles text without a trailing newline and text that is only blank lines', () => {
    expect(texts(new Doc('one\ntwo'))).toEqual(['one', 'two']);
    expect(new Doc('\n \n\r\n').paragraphs).toEqual([]);
    expect(new Doc('').paragraphs).toEqual([]);
  });

  it('counts a line holding only a stray U+FEFF as a paragraph, as the corpus templates do', () => {
    const doc = new Doc('a\n\uFEFF\nb');
    expect(doc.paragraphs.map((p) => p.id)).toEqual([1, 2, 3]);
  });

  it('gives code-point offsets around emoji and keeps combining marks in place', () => {
    const text = '🇫🇷 Drapeau\n\nCafe\u0301 😀 ouvert\n𝒳';
    const doc = new Doc(text);
    // 🇫🇷 is two code points (regional indicators), four UTF-16 units
    expect(doc.paragraphs).toEqual([
      { id: 1, start: 0, end: 10 },
      { id: 3, start: 12, end: 26 },
      { id: 4, start: 27, end: 28 },
    ]);
    expect(texts(doc)).toEqual(['🇫🇷 Drapeau', 'Cafe\u0301 😀 ouvert', '𝒳']);
    expect(doc.length).toBe([...text].length);
    expect(doc.slice(18, 19)).toBe('😀');
    expect(doc.slice(12, 17)).toBe('Cafe\u0301');
    expect(doc.paragraphAt(18)).toBe(1);
    expect(doc.paragraphAt(11)).toBe(-1);
  });

  it('strips a BOM on decoding, so offsets start at the first real character', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Titre\n\nTexte 😀 ici')]);
    const { text, warnings } = decodeInput(bytes, 'bom.txt');
    expect(warnings).toEqual([]);
    const doc = new Doc(text);
    expect(doc.paragraphs[0]).toEqual({ id: 1, start: 0, end: 5 });
    expect(texts(doc)).toEqual(['Titre', 'Texte 😀 ici']);
  });
});

describe('decodeInput', () => {
  it('replaces invalid UTF-8 and warns', () => {
    const { text, warnings } = decodeInput(new Uint8Array([0x61, 0xff, 0x62, 0xc3]), 'bad.txt');
    expect(text).toBe('a\uFFFDb\uFFFD');
    expect(warnings).toEqual(['bad.txt: invalid UTF-8; 2 byte sequence(s) replaced by U+FFFD']);
  });

  it('refuses binary input and oversized input', () => {
    expect(() => decodeInput(new Uint8Array([0x61, 0, 0x62]), 'x.bin')).toThrow(/x\.bin: looks like a binary file/);
    expect(() => decodeInput(new Uint8Array(21 * 1024 * 1024), 'big.txt')).toThrow(/big\.txt: 21\.0 MB is larger than the 20 MB limit/);
  });
});
