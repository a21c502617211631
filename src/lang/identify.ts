import { loadModule } from 'cld3-asm';

export interface LanguageGuess {
  /** ISO 639-1 code (cld3's codes), or "und" when the text is too short or unclear. */
  language: string;
  probability: number;
  reliable: boolean;
}

export interface LanguageIdentifier {
  identify(text: string): LanguageGuess;
}

/** cld3 reads at most this many bytes; a few paragraphs suffice and keep it fast. */
const MAX_BYTES = 4000;
const MIN_LETTERS = 12;

let loading: Promise<LanguageIdentifier> | undefined;

/**
 * The language identifier (Google's CLD3 compiled to WebAssembly). Loaded once
 * per process; the load is asynchronous, identification is synchronous.
 */
export function loadLanguageIdentifier(): Promise<LanguageIdentifier> {
  loading ??= loadModule().then((factory) => {
    const cld = factory.create(0, MAX_BYTES);
    return {
      identify(text: string): LanguageGuess {
        const sample = text.slice(0, MAX_BYTES);
        const letters = sample.match(/\p{L}/gu)?.length ?? 0;
        if (letters < MIN_LETTERS) return { language: 'und', probability: 0, reliable: false };
        const r = cld.findLanguage(sample);
        if (!r || r.language === 'und') return { language: 'und', probability: 0, reliable: false };
        return { language: r.language.split('-')[0]!, probability: r.probability, reliable: r.is_reliable };
      },
    };
  });
  return loading;
}
