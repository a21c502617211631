import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/doc.js';
import { tokenForms } from '../../src/features/ngrams.js';
import { TECHNIQUES } from '../../src/taxonomy/ids.js';
import { buildSpanLexicons, LEXICON_FEATURES, LEXICON_SCALE, lexiconKeys, lexiconSample, lexiconScores, outOfFoldLexiconScores, withLexiconFeatures } from '../../src/techniques/span-lexicon.js';
import type { LexiconSample } from '../../src/techniques/span-lexicon.js';

const LOADED = TECHNIQUES.indexOf('Loaded_Language');
const DOUBT = TECHNIQUES.indexOf('Doubt');

/** A sample of made-up tokens: `words` with the techniques covering each (by index). */
function sample(group: string, words: Array<[string, number[]]>): LexiconSample {
  return { group, lang: 'en', keys: words.map(([w]) => [`w:${w}`]), covering: words.map(([, c]) => c) };
}

function corpus(): LexiconSample[] {
  const out: LexiconSample[] = [];
  for (let a = 0; a < 10; a++) {
    out.push(sample(`en/${a}`, [['the', []], ['vile', [LOADED]], ['regime', []], ['said', []], ['maybe', [DOUBT]], ['today', []]]));
    out.push(sample(`en/${a}`, [['the', []], ['minister', []], ['said', []], ['today', []]]));
  }
  return out;
}

describe('span lexicon', () => {
  it('gives a word found inside one technique\'s spans a lift for that technique only', () => {
    const lexicon = buildSpanLexicons(corpus()).get('en')!;
    expect(lexicon.get('w:vile')![LOADED]).toBeGreaterThan(1);
    expect(lexicon.get('w:vile')![DOUBT]).toBe(0);
    expect(lexicon.get('w:maybe')![DOUBT]).toBeGreaterThan(1);
    // never inside a span: no entry at all
    expect(lexicon.has('w:minister')).toBe(false);
    expect(lexicon.has('w:the')).toBe(false);
  });

  it('scores a paragraph by its strongest word and its three strongest, scaled', () => {
    const lexicon = buildSpanLexicons(corpus()).get('en')!;
    const scores = lexiconScores([['w:the'], ['w:vile'], ['w:unknown'], ['w:maybe']], lexicon);
    const vile = lexicon.get('w:vile')![LOADED]!;
    expect(scores.values[LOADED]).toBeCloseTo(LEXICON_SCALE * vile, 6);
    expect(scores.tokens[LOADED]).toEqual([1]);
    // one word with a lift: the mean over three counts the missing two as 0
    expect(scores.values[TECHNIQUES.length + LOADED]).toBeCloseTo((LEXICON_SCALE * vile) / 3, 6);
    const features = withLexiconFeatures(new Map([['en|w:the', 1]]), scores);
    expect(features.get(LEXICON_FEATURES[LOADED]!)).toBeCloseTo(LEXICON_SCALE * vile, 6);
    expect(features.get('en|w:the')).toBe(1);
    // no lexicon (a language without training data): nothing fires
    expect([...lexiconScores([['w:vile']], undefined).values].every((v) => v === 0)).toBe(true);
  });

  it('scores a training paragraph without its own article\'s spans', () => {
    const samples = corpus();
    // a word only one article ever writes, always inside a span
    samples.push(sample('en/solo', [['monstrous', [LOADED]], ['monstrous', [LOADED]], ['monstrous', [LOADED]], ['monstrous', [LOADED]]]));
    const oof = outOfFoldLexiconScores(samples, 7);
    expect(oof[samples.length - 1]!.values[LOADED]).toBe(0);
    // the shared words still score out of fold
    expect(oof[0]!.values[LOADED]).toBeGreaterThan(0);
    // the full lexicon knows it
    expect(buildSpanLexicons(samples).get('en')!.get('w:monstrous')![LOADED]).toBeGreaterThan(0);
  });

  it('reads the token forms the paragraph model reads: no punctuation, names once, stems', () => {
    const doc = new Doc('The corrupt Xi Jinping lied, again!', { lang: 'en' });
    const tokens = doc.tokensIn(0, doc.length);
    const keys = lexiconKeys(tokens, tokenForms(tokens, { lang: 'en' }), 'en');
    expect(keys.filter((k) => k.length > 0).map((k) => k[0])).toEqual(['w:the', 'w:corrupt', 'w:<NAME>', 'w:lied', 'w:again']);
    expect(keys.flat()).toContain('s:lie');
    const s = lexiconSample('en/1', 'en', tokens, { lang: 'en' }, [{ technique: 'Loaded_Language', start: 4, end: 11 }]);
    expect(s.covering[1]).toEqual([LOADED]);
    expect(s.covering[0]).toEqual([]);
  });
});
