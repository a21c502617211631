/**
 * The words around a name that still give away which name it is, once the
 * name itself reads as its role (`<NAME>`, see tokenForms in ngrams.ts):
 *
 * - **Articles that agree with the name.** "Gli ebrei" / "I cattolici",
 *   "an Israeli" / "a Palestinian", "la Lega" / "il Partito": the article's
 *   form depends on the word it precedes, so the article alone tells two
 *   sides apart. Before a name an indefinite article takes one form per
 *   language, and a definite one (alone or fused with a preposition) reads as
 *   part of the name (techniques 1.8.0): some names take one and others do
 *   not ("the Kremlin" / "Washington", "die Ukraine" / "Russland"), and French
 *   and Italian elide it into the name ("l'Iran" / "la Chine", "dell'Ucraina" /
 *   "della Russia"); with one canonical form such pairs still differed by the
 *   article, and six of ten pairs of that kind agreed.
 * - **Quotation marks that are part of a name.** Russian, Polish, French and
 *   Italian quote the names of parties, firms and papers («Единая Россия»,
 *   „Gazeta Wyborcza"); quotation is also a cue for scare quotes, so a quoted
 *   party read as loaded and the same party unquoted (КПРФ) did not. Quotes
 *   around one to three capitalised words read as part of the name they
 *   enclose. Not in English, where a quoted run of capitalised words is more
 *   often a slogan ("Stop the Steal") than a name, nor in German, which
 *   capitalises every noun (a quoted „Experten" is a scare quote).
 *
 * - **Particles inside a name** (since techniques 1.9.0): "Ursula von der Leyen", "Charles de
 *   Gaulle", "Bashar al-Assad", "Osama bin Laden". The capitalised part reads as a name, but the
 *   particles kept their words, so "Von der Leyen is a puppet…" and "Orbán is a puppet…" differed
 *   by "von der", and a German pair of that kind read appeal to authority 0.236 against 0.072.
 *   A run of particles right before a name reads as part of it when one of them only ever stands
 *   in names ("von", "van", "al", "bin"…; not German "von", an everyday preposition there), or
 *   when the run opens a sentence capitalised ("De Gaulle", "Von der Leyen") or follows a name
 *   ("Charles de Gaulle"); "la politique de Macron" and "die Rede von Scholz" keep their words.
 *
 * The rules look only at the written shape of the text, never at which name
 * it is, and they apply alike in training and detection.
 */

/** Indefinite article → the one form it takes before a name. */
const ARTICLES: Record<string, ReadonlyMap<string, string>> = {
  en: table({ a: ['a', 'an'] }),
  fr: table({ un: ['un', 'une'] }),
  it: table({ un: ['un', 'uno', 'una'] }),
  de: table({ ein: ['ein', 'eine', 'einen', 'einem', 'einer', 'eines'] }),
};
ARTICLES.ge = ARTICLES.de!;

/** Definite articles, alone or fused with a preposition, that read as part of the name after them. */
const DEFINITE: Record<string, ReadonlySet<string>> = {
  en: new Set(['the']),
  fr: new Set(['le', 'la', 'les', 'du', 'des', 'au', 'aux']),
  it: new Set([
    ...['il', 'lo', 'la', 'i', 'gli', 'le'],
    ...['del', 'dello', 'della', 'dei', 'degli', 'delle'],
    ...['al', 'allo', 'alla', 'ai', 'agli', 'alle'],
    ...['dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle'],
    ...['nel', 'nello', 'nella', 'nei', 'negli', 'nelle'],
    ...['sul', 'sullo', 'sulla', 'sui', 'sugli', 'sulle'],
  ]),
  de: new Set(['der', 'die', 'das', 'den', 'dem', 'des']),
};
DEFINITE.ge = DEFINITE.de!;

function table(groups: Record<string, readonly string[]>): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const [canonical, forms] of Object.entries(groups)) for (const f of forms) out.set(f, canonical);
  return out;
}

/** Particles that stand inside names and hardly anywhere else. */
const NAME_ONLY_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'al', 'bin', 'ibn', 'ben', 'ter', 'ten', 'ould', 'abu', 'bint']);
/** Particles that are ordinary words too ("de", "la", "der"): part of a name only where the name shows it. */
const SHARED_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'des', 'dos', 'das', 'der', 'den', 'le', 'la', 'el', 'y', 'af', 'av']);

/** Languages whose quoted capitalised words are names (see the module comment). */
const NO_NAMING_QUOTES = new Set(['en', 'de', 'ge']);
const MAX_QUOTED_NAME_WORDS = 3;

export interface NameContextToken {
  text: string;
  lower: string;
  isWord: boolean;
}

/**
 * Rewrites `forms` in place: naming quotes and the words they enclose take
 * `nameRole`, and an article right before a `nameRole` word reads as part of
 * the name (a definite one) or takes the language's one form (an indefinite one). `quoteForm` is the form tokenForms gives every quotation mark.
 */
export function neutraliseNameContext(tokens: readonly NameContextToken[], forms: string[], lang: string, roles: { nameRole: string; quoteForm: string; isUpperStart: (text: string) => boolean }): void {
  if (!NO_NAMING_QUOTES.has(lang)) markNamingQuotes(tokens, forms, roles);
  markNameParticles(tokens, forms, lang, roles);
  const articles = ARTICLES[lang];
  if (!articles && !DEFINITE[lang]) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!tokens[i]!.isWord || forms[i + 1] !== roles.nameRole || !tokens[i + 1]!.isWord) continue;
    // the article's own word, not its form, which may be a gender group's ("le/la", lang/gender-neutral.ts)
    if (forms[i] === roles.nameRole) continue;
    const word = tokens[i]!.lower;
    if (DEFINITE[lang]?.has(word)) forms[i] = roles.nameRole;
    else {
      const canonical = articles?.get(word);
      if (canonical !== undefined) forms[i] = canonical;
    }
  }
}

function markNamingQuotes(tokens: readonly NameContextToken[], forms: string[], roles: { nameRole: string; quoteForm: string; isUpperStart: (text: string) => boolean }): void {
  for (let open = 0; open < tokens.length; open++) {
    if (forms[open] !== roles.quoteForm) continue;
    let close = open + 1;
    while (close < tokens.length && tokens[close]!.isWord && close - open <= MAX_QUOTED_NAME_WORDS) close++;
    const words = close - open - 1;
    if (words < 1 || words > MAX_QUOTED_NAME_WORDS || close >= tokens.length || forms[close] !== roles.quoteForm) continue;
    // first and last word capitalised; a short lower-case word between them ("Prawo i Sprawiedliwość") is part of the name
    const inner = tokens.slice(open + 1, close);
    const isName = inner.every((t, k) => roles.isUpperStart(t.text) || (k > 0 && k < inner.length - 1 && [...t.text].length <= 3));
    if (!isName) continue;
    for (let k = open; k <= close; k++) if (roles.isUpperStart(tokens[k]!.text) || !tokens[k]!.isWord) forms[k] = roles.nameRole;
    open = close;
  }
}

/**
 * A run of particles (and the hyphens between them: "al-Assad") right before a name reads as part
 * of it (see the module comment). `forms` of the run become `nameRole`, so the name's features fire
 * once (continuesName in ngrams.ts).
 */
function markNameParticles(tokens: readonly NameContextToken[], forms: string[], lang: string, roles: { nameRole: string; isUpperStart: (text: string) => boolean }): void {
  // German writes "von" as an ordinary preposition ("die Rede von Scholz"): there it is a shared particle
  const german = lang === 'de' || lang === 'ge';
  const nameOnlyParticle = (word: string) => NAME_ONLY_PARTICLES.has(word) && !(german && word === 'von');
  for (let end = 1; end < tokens.length; end++) {
    if (forms[end] !== roles.nameRole || !tokens[end]!.isWord) continue;
    let start = end;
    let nameOnly = false;
    while (start > 0) {
      const t = tokens[start - 1]!;
      const isParticle = t.isWord && (NAME_ONLY_PARTICLES.has(t.lower) || SHARED_PARTICLES.has(t.lower));
      const isHyphen = !t.isWord && (t.text === '-' || t.text === '‐') && start - 1 > 0 && tokens[start - 2]!.isWord;
      if (!isParticle && !isHyphen) break;
      if (isParticle && nameOnlyParticle(t.lower)) nameOnly = true;
      start--;
    }
    if (start === end || !tokens[start]!.isWord) continue;
    // after a name ("Charles de Gaulle"), not after any capitalised word: German capitalises its nouns
    const opensCapitalised = roles.isUpperStart(tokens[start]!.text);
    const afterName = start > 0 && forms[start - 1] === roles.nameRole;
    if (!nameOnly && !opensCapitalised && !afterName) continue;
    for (let k = start; k < end; k++) forms[k] = roles.nameRole;
  }
}
