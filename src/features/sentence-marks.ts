/**
 * Which words of a paragraph stand in a question or inside quotation marks. A linear model
 * over words cannot tell "whether" in "Who knows whether they lied?" from "whether" in a
 * statement, nor a word someone is quoted saying from the writer's own; with `marks`
 * (features/ngrams.ts) each such word also fires as a word of its kind (`q:`, `u:`). Doubt,
 * conversation killers and straw men are asked; appeals to authority are often quoted.
 *
 * A probe, not in the shipped models (`MARKS=1 npx tsx bench/cv-techniques.ts`;
 * docs/history/techniques.md "Version 1.8.1"): on techniques 1.8.1 it read pooled micro-F1
 * 0.422 against 0.420 at the 0.30 threshold, and within noise of none once the decision rule
 * is re-chosen inside the folds, so the models do not carry it.
 *
 * Quotation marks: « and „ open, » closes, and the marks that do both (" “ ”) alternate; the
 * single marks (' ‘ ’ ‚ ‹ ›) are left alone, since they are apostrophes as often as quotes.
 */

/** Bit set on a token in a sentence that holds a question mark. */
export const IN_QUESTION = 1;
/** Bit set on a token between an opening and a closing quotation mark. */
export const IN_QUOTATION = 2;

interface MarkToken {
  text: string;
  isWord: boolean;
  /** Sentence index; tokens without one are read as one sentence. */
  sentence?: number;
}

/**
 * A bit set per token (IN_QUESTION, IN_QUOTATION). `forms` are the tokens' normalised forms
 * (features/ngrams.ts tokenForms), where every quotation mark reads `"`; a quotation may run
 * over several sentences of the paragraph.
 */
export function sentenceMarks(tokens: readonly MarkToken[], forms: readonly string[]): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  let quoted = false;
  let start = 0;
  let question = false;
  const closeSentence = (end: number) => {
    if (question) for (let k = start; k < end; k++) marks[k]! |= IN_QUESTION;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && t.sentence !== tokens[i - 1]!.sentence) {
      closeSentence(i);
      start = i;
      question = false;
    }
    if (!t.isWord && t.text.includes('?')) question = true;
    if (forms[i] === '"') {
      const c = t.text;
      if (c.includes('«') || c.includes('„')) quoted = true;
      else if (c.includes('»')) quoted = false;
      else if (c.includes('"') || c.includes('“') || c.includes('”')) quoted = !quoted;
    } else if (quoted) marks[i]! |= IN_QUOTATION;
  }
  closeSentence(tokens.length);
  return marks;
}
