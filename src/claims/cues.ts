import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../corpus/location.js';
import { PhraseMatcher } from './phrases.js';

/** The JSON cue file of one language (data/cues/<lang>.json); every list is optional. */
export interface CueFile {
  language: string;
  reportingVerbs?: string[];
  attributionPhrases?: string[];
  complementizers?: string[];
  /** Words that end the head of a source phrase ("report | by X", "sources | close to"). */
  prepositions?: string[];
  documentNouns?: string[];
  anonymousSources?: string[];
  vagueAuthorities?: string[];
  pronounSources?: string[];
  nonSourceSubjects?: string[];
  approximators?: string[];
  quantityWords?: string[];
  approximateQuantities?: string[];
  vagueQuantifiers?: string[];
  quantifierExclusions?: string[];
  hedges?: string[];
  percentWords?: string[];
  questionWords?: string[];
  exhortations?: string[];
  greetings?: string[];
  opinionMarkers?: string[];
  factMarkers?: string[];
  evaluative?: { negative?: string[]; positive?: string[] };
  titles?: string[];
  organizationWords?: string[];
  places?: string[];
  nonEntityCapitalized?: string[];
  /** Words that join capitalised words inside one name ("of", "de", "von"). */
  nameConnectors?: string[];
  /** Definite articles: "the Northern Bloc" is a body, not a person (no entry where the language has none). */
  definiteArticles?: string[];
  /** True where every noun is capitalised (German): a lone capital is then no sign of a name. */
  capitalizedNouns?: boolean;
  /** True where the head noun ends its phrase (English "intelligence officials"); else the first cue is the head. */
  headFinal?: boolean;
  /** Articles allowed between an approximator and its number (Italian "circa il 20%"). */
  numberDeterminers?: string[];
  /** Month names: a number beside one is a date, not a quantity. */
  months?: string[];
  /** Words that make a name a place ("Mercer County", "Донецкая область"). */
  placeWords?: string[];
  /** Regular expressions (source text, Unicode mode) for event morphology: past tenses and participles. */
  factPatterns?: string[];
  /** Linking verbs: "X is a …" attaches a farther label to X. */
  copulas?: string[];
}

/** Compiled matchers for one language; built once and cached. */
export interface Cues {
  language: string;
  reportingVerbs: PhraseMatcher;
  attributionPhrases: PhraseMatcher;
  complementizers: Set<string>;
  prepositions: Set<string>;
  documentNouns: PhraseMatcher;
  anonymousSources: PhraseMatcher;
  vagueAuthorities: PhraseMatcher;
  pronounSources: Set<string>;
  nonSourceSubjects: PhraseMatcher;
  approximators: PhraseMatcher;
  quantityWords: PhraseMatcher;
  approximateQuantities: PhraseMatcher;
  vagueQuantifiers: PhraseMatcher;
  quantifierExclusions: PhraseMatcher;
  hedges: PhraseMatcher;
  percentWords: PhraseMatcher;
  questionWords: Set<string>;
  exhortations: PhraseMatcher;
  greetings: PhraseMatcher;
  opinionMarkers: PhraseMatcher;
  factMarkers: PhraseMatcher;
  negative: PhraseMatcher;
  positive: PhraseMatcher;
  titles: PhraseMatcher;
  titleWords: Set<string>;
  organizationWords: PhraseMatcher;
  places: PhraseMatcher;
  nonEntityCapitalized: Set<string>;
  nameConnectors: Set<string>;
  definiteArticles: Set<string>;
  capitalizedNouns: boolean;
  headFinal: boolean;
  numberDeterminers: PhraseMatcher;
  months: PhraseMatcher;
  placeWords: PhraseMatcher;
  factPatterns: RegExp[];
  copulas: PhraseMatcher;
}

export const CUE_LANGUAGES = ['en', 'fr', 'de', 'it', 'pl', 'ru'] as const;

export function cueDirectory(): string {
  return process.env.SPINSCOPE_CUES ?? join(PROJECT_ROOT, 'data', 'cues');
}

const cache = new Map<string, Cues | null>();

/** Cues for a language, or undefined when no cue file exists for it. */
export function cuesFor(language: string, dir: string = cueDirectory()): Cues | undefined {
  const key = `${dir}\u0000${language}`;
  if (cache.has(key)) return cache.get(key) ?? undefined;
  const path = join(dir, `${language}.json`);
  const cues = existsSync(path) ? compileCues(JSON.parse(readFileSync(path, 'utf8')) as CueFile) : null;
  cache.set(key, cues);
  return cues ?? undefined;
}

function lowerSet(list: string[] | undefined): Set<string> {
  return new Set((list ?? []).map((w) => w.toLowerCase()));
}

export function compileCues(file: CueFile): Cues {
  const m = (list: string[] | undefined): PhraseMatcher => new PhraseMatcher(list ?? []);
  const titles = file.titles ?? [];
  return {
    language: file.language,
    reportingVerbs: m(file.reportingVerbs),
    attributionPhrases: m(file.attributionPhrases),
    complementizers: lowerSet(file.complementizers),
    prepositions: lowerSet(file.prepositions),
    documentNouns: m(file.documentNouns),
    anonymousSources: m(file.anonymousSources),
    vagueAuthorities: m(file.vagueAuthorities),
    pronounSources: lowerSet(file.pronounSources),
    nonSourceSubjects: m(file.nonSourceSubjects),
    approximators: m(file.approximators),
    quantityWords: m(file.quantityWords),
    approximateQuantities: m(file.approximateQuantities),
    vagueQuantifiers: m(file.vagueQuantifiers),
    quantifierExclusions: m(file.quantifierExclusions),
    hedges: m(file.hedges),
    percentWords: m(file.percentWords),
    questionWords: lowerSet(file.questionWords),
    exhortations: m(file.exhortations),
    greetings: m(file.greetings),
    opinionMarkers: m(file.opinionMarkers),
    factMarkers: m(file.factMarkers),
    negative: m(file.evaluative?.negative),
    positive: m(file.evaluative?.positive),
    titles: m(titles),
    titleWords: lowerSet(titles.flatMap((t) => t.replace(/\*$/, '').split(/\s+/))),
    organizationWords: m(file.organizationWords),
    places: m(file.places),
    nonEntityCapitalized: lowerSet(file.nonEntityCapitalized),
    nameConnectors: lowerSet(file.nameConnectors),
    definiteArticles: lowerSet(file.definiteArticles),
    capitalizedNouns: file.capitalizedNouns ?? false,
    headFinal: file.headFinal ?? false,
    numberDeterminers: m(file.numberDeterminers),
    months: m(file.months),
    placeWords: m(file.placeWords),
    factPatterns: (file.factPatterns ?? []).map((p) => new RegExp(p, 'gu')),
    copulas: m(file.copulas),
  };
}
