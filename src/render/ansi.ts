/**
 * Styled text for terminals: colour codes only when asked (NO_COLOR, pipes),
 * and word wrapping that measures what is visible, not the escape codes.
 */

export interface Style {
  /** SGR foreground colour code (31 red … 37 white, 90–97 bright). */
  fg?: number;
  bold?: boolean;
  dim?: boolean;
  underline?: boolean;
}

export interface Piece {
  text: string;
  style?: Style;
}

export function paint(text: string, style: Style | undefined, color: boolean): string {
  if (!color || !style || text === '') return text;
  const codes: number[] = [];
  if (style.bold) codes.push(1);
  if (style.dim) codes.push(2);
  if (style.underline) codes.push(4);
  if (style.fg !== undefined) codes.push(style.fg);
  return codes.length === 0 ? text : `\x1b[${codes.join(';')}m${text}\x1b[0m`;
}

/** Terminal columns a code point takes: 2 for East Asian wide characters and most emoji, 0 for combining marks. */
function columns(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if ((cp >= 0x300 && cp <= 0x36f) || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd)
  ) return 2;
  return 1;
}

export function visibleWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += columns(ch);
  return w;
}

/**
 * Greedy word wrap of styled pieces to `width` columns; continuation lines
 * start with `indent`. Words longer than a line are left whole.
 */
export function wrapPieces(pieces: readonly Piece[], width: number, color: boolean, indent = ''): string {
  const words: Piece[][] = [[]];
  for (const piece of pieces) {
    const parts = piece.text.split(/(\s+)/);
    parts.forEach((part, i) => {
      if (part === '') return;
      if (i % 2 === 1) words.push([]);
      else words[words.length - 1]!.push({ text: part, style: piece.style });
    });
  }
  const lines: string[] = [];
  // leading blanks of the first piece are layout (an indent), not a word separator
  const lead = /^[^\S\n]*/.exec(pieces[0]?.text ?? '')![0];
  let line = lead;
  let used = visibleWidth(lead);
  const indentWidth = visibleWidth(indent);
  let previous: Piece | undefined;
  for (const word of words) {
    if (word.length === 0) continue;
    const w = word.reduce((n, p) => n + visibleWidth(p.text), 0);
    const rendered = word.map((p) => paint(p.text, p.style, color)).join('');
    const fresh = line === lead;
    if (!fresh && used + 1 + w > width) {
      lines.push(line);
      line = indent + rendered;
      used = indentWidth + w;
    } else {
      // a space inside one styled run keeps the style, so an underlined span reads as one span
      const gap = previous?.style && previous.style === word[0]!.style ? paint(' ', previous.style, color) : ' ';
      line += (fresh ? '' : gap) + rendered;
      used += (fresh ? 0 : 1) + w;
    }
    previous = word[word.length - 1];
  }
  if (line !== lead) lines.push(line);
  return lines.join('\n');
}
