/**
 * Words that say whether their person is a man or a woman, read as one form per group, so
 * that the same sentence about a woman and about a man gives the models the same input
 * (README "Neutrality"). Three kinds:
 *
 * - third-person pronouns ("he"/"she", "il"/"elle", "er"/"sie", "он"/"она"), since
 *   techniques 1.7.1: before, "The prime minister lied to his people; he is a disgrace" scored
 *   name calling 0.549 and the same sentence with "her" and "she" 0.398;
 * - words of a pair ("man"/"woman", "king"/"queen", "le"/"la", "ein"/"eine", "этот"/"эта");
 * - endings that mark a word's gender in five of the six languages: French "menteur" /
 *   "menteuse", German "Lügner" / "Lügnerin", Russian "предал" / "предала", Polish
 *   "zdradził" / "zdradziła", Italian "corrotto" / "corrotta" (since techniques 1.8.0:
 *   before, "Le ministre est un menteur et il le sait" scored name calling 0.627 and "La
 *   ministre est une menteuse et elle le sait" 0.102).
 *
 * The ending rules are plain functions of the word, with no vocabulary: every component reads
 * the same form whatever model it loads. They map a feminine ending to its masculine one,
 * and, where several masculine endings share one feminine ("dangereux" / "dangereuse",
 * "menteur" / "menteuse"), all of them to one. Some unrelated words meet too ("vente" and
 * "vent"): a technique model loses little when two rare word forms share weights, and the
 * stems and character n-grams still tell most of them apart. Feminine forms that are not
 * made by an ending are listed as pairs where news uses them ("sindaco" / "sindaca", "poseł" /
 * "posłanka"), others are left alone ("лжец" / "лгунья"), and so are adjective endings that also
 * mark case (German "-er" / "-e", Russian "-ую").
 */

import { isoLanguageCode } from './codes.js';

/** Words of a pair or group; the group reads as its first two words joined by "/". */
const GROUPS: Readonly<Record<string, ReadonlyArray<readonly string[]>>> = {
  en: [
    ['he', 'she'], ['him', 'his', 'her', 'hers'], ['himself', 'herself'],
    ['man', 'woman'], ['men', 'women'], ['boy', 'girl'], ['boys', 'girls'], ['father', 'mother'], ['fathers', 'mothers'],
    ['son', 'daughter'], ['sons', 'daughters'], ['brother', 'sister'], ['brothers', 'sisters'], ['husband', 'wife'],
    ['husbands', 'wives'], ['king', 'queen'], ['kings', 'queens'], ['prince', 'princess'], ['princes', 'princesses'],
    ['uncle', 'aunt'], ['nephew', 'niece'], ['grandfather', 'grandmother'], ['grandson', 'granddaughter'],
    ['gentleman', 'lady'], ['gentlemen', 'ladies'], ['sir', 'madam'], ['mr', 'mrs', 'ms', 'miss'],
    ['actor', 'actress'], ['actors', 'actresses'], ['waiter', 'waitress'], ['hero', 'heroine'], ['heroes', 'heroines'],
    ['emperor', 'empress'], ['duke', 'duchess'], ['god', 'goddess'], ['gods', 'goddesses'], ['male', 'female'],
    ['males', 'females'], ['boyfriend', 'girlfriend'], ['widower', 'widow'], ['dad', 'mum', 'mom'], ['monk', 'nun'],
    ['priest', 'priestess'], ['host', 'hostess'], ['steward', 'stewardess'], ['masculine', 'feminine'],
  ],
  fr: [
    ['il', 'elle', 'lui'], ['ils', 'elles', 'eux'], ['lui-même', 'elle-même'],
    ['le', 'la'], ['un', 'une'], ['ce', 'cet', 'cette'], ['mon', 'ma'], ['ton', 'ta'], ['son', 'sa'], ['celui', 'celle'],
    ['lequel', 'laquelle'], ['homme', 'femme'], ['hommes', 'femmes'], ['monsieur', 'madame', 'mademoiselle'],
    ['messieurs', 'mesdames'], ['père', 'mère'], ['fils', 'fille'], ['frère', 'sœur'], ['frères', 'sœurs'], ['roi', 'reine'],
    ['garçon', 'fillette'], ['époux', 'épouse'],
  ],
  it: [
    ['lui', 'lei', 'egli', 'ella', 'esso', 'essa'],
    ['il', 'lo', 'la'], ['un', 'uno', 'una', "un'"], ['del', 'dello', 'della'], ['al', 'allo', 'alla'], ['nel', 'nello', 'nella'],
    ['dal', 'dallo', 'dalla'], ['sul', 'sullo', 'sulla'], ['uomo', 'donna'], ['uomini', 'donne'], ['signore', 'signora'],
    ['padre', 'madre'], ['fratello', 'sorella'], ['re', 'regina'], ['marito', 'moglie'],
    // feminine forms no ending rule makes (since techniques 1.9.0)
    ['sindaco', 'sindaca'], ['sindaci', 'sindache'],
  ],
  de: [
    ['er', 'sie', 'ihn'], ['ihm', 'ihr'], ['seine', 'ihre'], ['seinen', 'ihren'], ['seinem', 'ihrem'], ['seiner', 'ihrer'], ['seines', 'ihres'],
    ['der', 'die', 'den', 'dem'], ['ein', 'eine', 'einen', 'einem', 'einer'], ['kein', 'keine', 'keinen', 'keinem', 'keiner'],
    ['dieser', 'diese', 'diesen', 'diesem'], ['mann', 'frau', 'herr'], ['männer', 'frauen', 'herren'], ['vater', 'mutter'],
    ['sohn', 'tochter'], ['bruder', 'schwester'], ['könig', 'königin'], ['junge', 'mädchen'], ['ehemann', 'ehefrau'],
  ],
  pl: [
    ['on', 'ona'], ['jego', 'go', 'niego', 'jej', 'niej', 'ją', 'nią', 'jemu', 'mu', 'niemu', 'nim'],
    ['ten', 'ta'], ['tego', 'tej'], ['mój', 'moja'], ['swój', 'swoja'], ['sam', 'sama'], ['jeden', 'jedna'], ['pan', 'pani'],
    ['mężczyzna', 'kobieta'], ['mężczyźni', 'kobiety'], ['ojciec', 'matka'], ['syn', 'córka'], ['brat', 'siostra'],
    ['mąż', 'żona'], ['król', 'królowa'],
    // feminine forms no ending rule makes (since techniques 1.9.0), in the cases news uses most
    ['poseł', 'posłanka'], ['posła', 'posłanki', 'posłowie'], ['posłowi', 'posłance'], ['posłem', 'posłanką'],
    ['prezydent', 'prezydentka'], ['prezydenta', 'prezydentki'], ['prezydentem', 'prezydentką'],
    ['kandydat', 'kandydatka'], ['kandydata', 'kandydatki', 'kandydaci'],
    ['zdrajca', 'zdrajczyni'], ['zdrajcy', 'zdrajczynie'], ['kłamca', 'kłamczyni'], ['kłamcy', 'kłamczynie'],
  ],
  ru: [
    ['он', 'она'], ['его', 'него', 'её', 'ее', 'неё', 'нее', 'ему', 'нему', 'ей', 'ней', 'ним', 'нём', 'нем', 'ею', 'нею'],
    ['этот', 'эта'], ['тот', 'та'], ['мой', 'моя'], ['твой', 'твоя'], ['свой', 'своя'], ['сам', 'сама'], ['один', 'одна'],
    ['должен', 'должна'], ['готов', 'готова'], ['виноват', 'виновата'], ['рад', 'рада'],
    ['мужчина', 'женщина'], ['мужчины', 'женщины'], ['отец', 'мать'], ['сын', 'дочь'], ['брат', 'сестра'], ['муж', 'жена'],
    ['король', 'королева'], ['господин', 'госпожа'],
  ],
};

/**
 * Ending rules, tried in order on a word of at least MIN_LENGTH letters that no group holds:
 * the first whose pattern matches rewrites the word. Masculine endings that a feminine one
 * shares are rewritten too ("-eux" to "-eur", as "-euse" is).
 */
const ENDINGS: Readonly<Record<string, ReadonlyArray<readonly [RegExp, string]>>> = {
  en: [
    // compounds of "man" and "woman" ("spokesman", "congresswomen"), not "human" or "German"
    [/^(spokes|chair|congress|business|police|fire|sales|camera|states|gun|anchor|news|council|alder|assembly|committee|sports|noble|clergy|church|ombuds|post|mail|work|weather|door|bar|middle|country|kins|lay|tradesman|crafts|hench|frontier|fisher|cattle|fresh|fore|show|sea|mad|gentle)(wo)?man$/u, '$1man/woman'],
    [/^(spokes|chair|congress|business|police|fire|sales|camera|states|gun|anchor|news|council|alder|assembly|committee|sports|noble|clergy|church|ombuds|post|mail|work|weather|door|bar|middle|country|kins|lay|tradesman|crafts|hench|frontier|fisher|cattle|fresh|fore|show|sea|mad|gentle)(wo)?men$/u, '$1men/women'],
  ],
  fr: [
    [/euses$/u, 'eurs'], [/euse$/u, 'eur'], [/eux$/u, 'eur'],
    [/trices$/u, 'teurs'], [/trice$/u, 'teur'], [/tresses$/u, 'tres'], [/tresse$/u, 'tre'],
    [/ées$/u, 'és'], [/ée$/u, 'é'], [/([^gq])ues$/u, '$1us'], [/([^gq])ue$/u, '$1u'], [/ies$/u, 'is'], [/ie$/u, 'i'],
    [/ives$/u, 'ifs'], [/ive$/u, 'if'], [/ennes$/u, 'ens'], [/enne$/u, 'en'], [/ères$/u, 'ers'], [/ère$/u, 'er'],
    [/elles$/u, 'els'], [/elle$/u, 'el'], [/([ae])ntes$/u, '$1nts'], [/([ae])nte$/u, '$1nt'],
  ],
  it: [
    [/trice$/u, 'tore'], [/trici$/u, 'tori'],
    // "presidentessa", "dottoressa", "professoressa"; not "promessa" or "stessa" (too short a stem)
    [/^(\p{L}{6,})essa$/u, '$1e'],
    [/([aiu]t|tt|tr|ard|os|iv|an)a$/u, '$1o'], [/([aiu]t|tt|tr|ard|os|iv|an)e$/u, '$1i'],
  ],
  de: [
    [/erin$/u, 'er'], [/erinnen$/u, 'er'], [/istin$/u, 'ist'], [/istinnen$/u, 'isten'], [/entin$/u, 'ent'],
    [/entinnen$/u, 'enten'], [/antin$/u, 'ant'], [/antinnen$/u, 'anten'], [/login$/u, 'loge'], [/loginnen$/u, 'logen'],
  ],
  pl: [
    [/łam$/u, 'łem'], [/łaś$/u, 'łeś'], [/ła$/u, 'ł'],
    [/([nt])a$/u, '$1y'], [/([sc]k|dzk)a$/u, '$1i'],
  ],
  ru: [
    [/([аеиоуыя])лась$/u, '$1лся'], [/([аеиоуыя])ла$/u, '$1л'],
    [/([гкхжшщч])(ая|ий)$/u, '$1ый'], [/(ая|ой)$/u, 'ый'], [/яя$/u, 'ий'],
    [/истка$/u, 'ист'], [/нтка$/u, 'нт'], [/ельница$/u, 'ель'], [/ница$/u, 'ник'], [/унья$/u, 'ун'],
    // "депутатка", "кандидатка", "адвокатка", in their cases (since techniques 1.9.0)
    [/^(депутат|кандидат|адвокат|дипломат)к(а|и|у|ой|е)$/u, '$1'],
  ],
};

/** Shorter words keep their form: the rules are for content words, and short words are mostly in GROUPS. */
const MIN_LENGTH = 4;


const TABLES = new Map<string, ReadonlyMap<string, string>>(
  Object.entries(GROUPS).map(([lang, groups]) => [lang, new Map(groups.flatMap((g) => g.map((w) => [w, g.slice(0, 2).join('/')] as const)))]),
);

/**
 * The one form of a gendered word's group ("she" → "he/she", "menteuse" → "menteur",
 * "Lügnerin" → "lügner"), or undefined for a word that keeps its own. `lower` is the word in
 * lower case.
 */
export function genderNeutralForm(lower: string, lang: string): string | undefined {
  const code = isoLanguageCode(lang);
  const grouped = TABLES.get(code)?.get(lower);
  if (grouped !== undefined) return grouped;
  const rules = ENDINGS[code];
  if (!rules || lower.length < MIN_LENGTH) return undefined;
  // every token of every paragraph asks, and a language has up to two dozen rules: remembered per word
  if (lower.length > MEMO_MAX_CHARS) return byEnding(lower, rules);
  let known = answers.get(code);
  if (!known) answers.set(code, (known = new Map()));
  let answer = known.get(lower);
  if (answer === undefined) {
    answer = byEnding(lower, rules) ?? null;
    if (known.size >= ANSWER_LIMIT) known.clear();
    known.set(lower, answer);
  }
  return answer ?? undefined;
}

function byEnding(lower: string, rules: ReadonlyArray<readonly [RegExp, string]>): string | undefined {
  for (const [pattern, replacement] of rules) {
    if (!pattern.test(lower)) continue;
    const out = lower.replace(pattern, replacement);
    return out === lower ? undefined : out;
  }
  return undefined;
}

/** Answers of the ending rules by language (null: the word keeps its form), bounded; long tokens are not remembered. */
const answers = new Map<string, Map<string, string | null>>();
const ANSWER_LIMIT = 50_000;
const MEMO_MAX_CHARS = 40;
