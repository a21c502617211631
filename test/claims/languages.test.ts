import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/index.js';
import { CUE_LANGUAGES, cuesFor } from '../../src/claims/cues.js';
import { detectClaims } from '../../src/claims/detect.js';

/** Own sentences: "according to our sources, about 20% …", an official, a hedge, a question. */
const SAMPLES: Record<string, { sources: string; named: string; hedge: string; question: string }> = {
  fr: {
    sources: 'Selon nos sources, environ 20 % des ouvriers ont quitté l\'usine.',
    named: 'La ministre Claire Dubois a déclaré que le port rouvrirait mardi.',
    hedge: 'Le directeur aurait vendu les terrains en secret.',
    question: 'Qui a donné cet ordre ?',
  },
  de: {
    sources: 'Nach Angaben unserer Quellen haben rund 20 Prozent der Arbeiter das Werk verlassen.',
    named: 'Ministerin Claudia Roth sagte, der Hafen werde am Dienstag wieder öffnen.',
    hedge: 'Der Direktor hat das Grundstück angeblich heimlich verkauft.',
    question: 'Wer hat diesen Befehl gegeben?',
  },
  it: {
    sources: 'Secondo le nostre fonti, circa il 20% degli operai ha lasciato la fabbrica.',
    named: 'La ministra Chiara Rossi ha dichiarato che il porto riaprirà martedì.',
    hedge: 'Il direttore avrebbe venduto i terreni in segreto.',
    question: 'Chi ha dato questo ordine?',
  },
  pl: {
    sources: 'Według naszych źródeł około 20% robotników opuściło fabrykę.',
    named: 'Minister Joanna Nowak powiedziała, że port zostanie otwarty we wtorek.',
    hedge: 'Dyrektor rzekomo sprzedał działki w tajemnicy.',
    question: 'Kto wydał ten rozkaz?',
  },
  ru: {
    sources: 'По данным наших источников, около 20% рабочих покинули завод.',
    named: 'Министр Ольга Петрова заявила, что порт откроется во вторник.',
    hedge: 'Директор якобы тайно продал участки.',
    question: 'Кто отдал этот приказ?',
  },
};

function claims(text: string, lang: string) {
  return detectClaims(new Doc(text, { lang }), cuesFor(lang)!);
}

describe.each(Object.keys(SAMPLES))('claims in %s', (lang) => {
  const s = SAMPLES[lang]!;
  it('finds the anonymous "our sources" claim and its approximate quantity', () => {
    const [c] = claims(s.sources, lang);
    expect(c?.sourcing.kind).toBe('anonymous');
    expect(c?.vagueness.map((v) => v.kind)).toContain('approximate-quantity');
  });
  it('finds a named source', () => {
    const [c] = claims(s.named, lang);
    expect(c?.sourcing.kind).toBe('named');
  });
  it('finds a hedge', () => {
    const [c] = claims(s.hedge, lang);
    expect(c?.vagueness.map((v) => v.kind)).toContain('hedge');
  });
  it('does not take a question for a claim', () => {
    expect(claims(s.question, lang)).toEqual([]);
  });
});

describe('cue files', () => {
  it.each(CUE_LANGUAGES)('%s has every list the detector reads', (lang) => {
    const cues = cuesFor(lang)!;
    expect(cues.language).toBe(lang);
    for (const key of ['reportingVerbs', 'attributionPhrases', 'documentNouns', 'anonymousSources', 'vagueAuthorities', 'approximators', 'approximateQuantities', 'vagueQuantifiers', 'hedges', 'percentWords', 'exhortations', 'greetings', 'opinionMarkers', 'factMarkers', 'negative', 'positive', 'titles', 'organizationWords', 'places'] as const) {
      expect(cues[key].empty, `${lang}.${key}`).toBe(false);
    }
  });

  it('returns undefined for a language without cues', () => {
    expect(cuesFor('xx')).toBeUndefined();
  });
});
