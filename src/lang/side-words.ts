/**
 * Words that name a side: countries and their capitals as adjectives, peoples,
 * religious communities, political camps. The feature extractors replace them
 * by the name role, as they do capitalised names, so that "russische Truppen"
 * and "ukrainische Truppen", or "les musulmans" and "les chrétiens", give the
 * detector the same input (colour words that name a people, places of worship and
 * clergy: lang/community-words.ts). Capitalisation alone misses them: French, Italian,
 * Polish and Russian write these adjectives in lower case, German capitalises
 * every noun (so it masks no capitalised word), and a sentence-initial
 * "Russia" looks like any first word.
 *
 * Matching is by lower-case prefix (the inflected languages) or by whole word.
 * A prefix must not open an ordinary word: test/lang/side-words.test.ts holds
 * the near misses we know of (грузить, корень, russare, niemal, włosy…).
 * Words that are themselves labels (fascist, jihadist, terrorist) are not
 * here: calling someone that is a technique, whoever it is aimed at.
 */
import { isoLanguageCode } from './codes.js';
import { COMMUNITY_WORDS } from './community-words.js';

interface SideLexicon {
  /** A lower-case word starting with one of these names a side. */
  prefixes: readonly string[];
  /** Whole lower-case words (short or ambiguous stems). */
  words: readonly string[];
}

const EN: SideLexicon = {
  prefixes: ['maghreb', 'subsaharan', 'sub-saharan', 'russia', 'ukrain', 'america', 'europe', 'israel', 'palestin', 'iranian', 'iraqi', 'syria', 'belarus', 'armenia', 'azerbaijan', 'albania', 'kosov', 'chechen', 'chechnya', 'afghan', 'pakistan', 'hungar', 'georgian', 'serbia', 'kurdish', 'soviet', 'kremlin', 'muslim', 'moslem', 'christian', 'catholic', 'protestant', 'buddhist', 'hindu', 'islam', 'socialist', 'communist', 'conservative', 'liberal', 'progressive',
    // Europe beyond the neighbours, the Americas, the Middle East, Africa, Asia, and minorities
    'moldova', 'lithuania', 'latvia', 'estonia', 'finland', 'finnish', 'sweden', 'swedish', 'swede', 'norway', 'norwegian', 'denmark', 'danish', 'netherlands', 'dutch', 'belgium', 'belgian', 'austria', 'switzerland', 'swiss', 'czech', 'slovak', 'romania', 'bulgaria', 'greece', 'greek', 'croatia', 'bosnia', 'ireland', 'irish', 'scotland', 'scottish', 'portugal', 'portuguese', 'canada', 'canadian', 'mexico', 'mexican', 'brazil', 'argentin', 'venezuela', 'cuban', 'colombia', 'egypt', 'libya', 'lebanon', 'lebanese', 'yemen', 'saudi', 'qatar', 'emirat', 'jordanian', 'nigeria', 'ethiopia', 'vietnam', 'taiwan', 'indonesia', 'philippin', 'australia', 'africa', 'asian', 'uyghur', 'tibet', 'tatar', 'baltic', 'caucas'],
  words: [
    'cuba', 'jordan', 'china', 'chinese', 'britain', 'british', 'briton', 'britons', 'england', 'france', 'french', 'germany', 'german', 'germans', 'poland', 'poles',
    'italy', 'italian', 'italians', 'spain', 'spanish', 'iran', 'iraq', 'turkey', 'turkish', 'turks', 'georgia', 'serb', 'serbs', 'serbian',
    'japan', 'japanese', 'korea', 'korean', 'koreans', 'india', 'indian', 'indians', 'arab', 'arabs', 'kurd', 'kurds', 'azeri', 'azeris', 'usa',
    'western', 'westerners', 'eastern', 'kyiv', 'kiev', 'moscow', 'washington', 'brussels', 'beijing', 'jew', 'jews', 'jewish', 'orthodox', 'sunni', 'sunnis',
    'shia', 'shias', 'shiite', 'shiites', 'leftist', 'leftists', 'rightist', 'rightists', 'nato',
    // "left" and "right" name a camp only in compounds: see isCampWordAt
    'leftwing', 'rightwing', 'leftwinger', 'rightwinger', 'leftwingers', 'rightwingers',
  ],
};

const FR: SideLexicon = {
  prefixes: ['maghréb', 'maghreb', 'subsaharien', 'russe', 'russie', 'ukrain', 'améric', 'amèric', 'chinois', 'europ', 'britanni', 'anglais', 'allemand', 'allemagne', 'polonais', 'pologne', 'hongr', 'italie', 'italien', 'espagn', 'israël', 'israel', 'palestin', 'iranien', 'irakien', 'syrie', 'syrien', 'turqu', 'biélorus', 'géorgie', 'géorgien', 'armén', 'azerbaïdj', 'azéri', 'serbe', 'albanais', 'kosov', 'tchétch', 'japon', 'coréen', 'pakistan', 'afghan', 'kurde', 'soviét', 'occident', 'oriental', 'kremlin', 'moscovite', 'musulman', 'chrétien', 'cathol', 'orthodox', 'protestant', 'bouddh', 'hindou', 'islam', 'sunnite', 'chiite', 'socialist', 'communist', 'gauchist', 'droitist',
    // Europe beyond the neighbours, the Americas, the Middle East, Africa, Asia, and minorities
    'moldav', 'lituani', 'letton', 'eston', 'finland', 'suéd', 'suède', 'norvég', 'danois', 'danemark', 'néerland', 'hollandais', 'belge', 'belgique', 'autrich', 'suisse', 'tchèque', 'slovaq', 'roumain', 'roumanie', 'bulgar', 'grec', 'grèce', 'croat', 'bosni', 'irland', 'écoss', 'portug', 'canad', 'mexic', 'brésil', 'argentin', 'vénézuél', 'cubain', 'colombi', 'égypt', 'libye', 'libyen', 'liban', 'yémen', 'saoudi', 'qatar', 'émirat', 'jordanie', 'jordanien', 'nigéria', 'éthiopi', 'vietnam', 'taïwan', 'indonési', 'philippin', 'australi', 'afrique', 'africain', 'asiatique', 'ouïghour', 'tibét', 'tatar', 'balte', 'caucas'],
  words: [
    'cuba', 'grecque', 'grecques', 'russes', 'chine', 'angleterre', 'france', 'français', 'française', 'françaises', 'iran', 'irak', 'turc', 'turcs', 'turque', 'turques', 'serbie',
    'albanie', 'corée', 'inde', 'indien', 'indiens', 'indienne', 'indiennes', 'arabe', 'arabes', 'usa', 'otan', 'kiev', 'kyiv', 'moscou', 'washington',
    'bruxelles', 'pékin', 'juif', 'juifs', 'juive', 'juives', 'conservateur', 'conservateurs', 'conservatrice', 'conservatrices', 'libéral', 'libéraux',
    'libérale', 'libérales', 'progressiste', 'progressistes', 'républicain', 'républicains', 'républicaine', 'républicaines',
    // the camps: "la gauche", "l'extrême droite", "un élu de droite" (also the hands and sides, a small loss)
    'gauche', 'gauches', 'droite', 'droites', 'gauchiste', 'gauchistes',
  ],
};

const DE: SideLexicon = {
  prefixes: ['linksextrem', 'rechtsextrem', 'linksradikal', 'rechtsradikal', 'linkspopul', 'rechtspopul', 'maghreb', 'nordafrika', 'schwarzafrika', 'russland', 'russisch', 'russe', 'ukrain', 'amerika', 'chines', 'europ', 'britann', 'britisch', 'englisch', 'england', 'französ', 'frankreich', 'deutsch', 'polen', 'polnisch', 'ungar', 'italien', 'spani', 'israel', 'palästin', 'iran', 'irak', 'syri', 'türk', 'weißruss', 'belarus', 'georgi', 'armeni', 'aserbaidsch', 'serbi', 'serbe', 'albani', 'albaner', 'kosov', 'tschetsch', 'japan', 'korea', 'indien', 'indisch', 'pakistan', 'afghan', 'arabisch', 'araber', 'kurd', 'sowjet', 'westlich', 'östlich', 'kreml', 'kiew', 'kyjiw', 'moskau', 'washington', 'brüssel', 'peking', 'muslim', 'moslem', 'christ', 'jüd', 'kathol', 'orthodox', 'protestant', 'evangelisch', 'buddh', 'hindu', 'islam', 'sunnit', 'schiit', 'sozialist', 'kommunist', 'konservativ', 'liberal', 'progressiv',
    // Europe beyond the neighbours, the Americas, the Middle East, Africa, Asia, and minorities
    'moldau', 'moldaw', 'litau', 'lettland', 'lettisch', 'estland', 'estnisch', 'finnland', 'finnisch', 'schwed', 'norweg', 'dänemark', 'dänisch', 'niederländ', 'holländ', 'belgi', 'österreich', 'schweiz', 'tschech', 'slowak', 'rumän', 'bulgar', 'griech', 'kroat', 'bosni', 'irland', 'irisch', 'schottland', 'schottisch', 'portug', 'kanad', 'mexikan', 'mexiko', 'brasilian', 'brasilien', 'argentin', 'venezolan', 'venezuela', 'kuban', 'kolumbi', 'ägypt', 'libyen', 'libysch', 'libanes', 'libanon', 'jemen', 'saudi', 'katarisch', 'emirat', 'jordan', 'nigeria', 'äthiopi', 'vietnam', 'taiwan', 'indonesi', 'philippin', 'australi', 'afrika', 'asiat', 'uigur', 'tibet', 'baltisch', 'baltikum', 'kaukas'],
  // grünen, linke(n), rechten: the parties and camps ("die Grünen", "die Linke"), read like "leftists" in English
  words: ['kuba', 'katar', 'griechen', 'schotte', 'schotten', 'russen', 'china', 'polin', 'polinnen', 'usa', 'nato', 'jude', 'juden', 'inder', 'serben', 'grünen', 'linke', 'linken', 'rechten'],
};

const IT: SideLexicon = {
  prefixes: ['maghreb', 'magreb', 'nordafrican', 'subsahariano', 'subsahariani', 'ucrain', 'americ', 'cinesi', 'cinese', 'europ', 'britanni', 'ingles', 'inghilterr', 'frances', 'tedesc', 'germani', 'polacc', 'polonia', 'ungher', 'italian', 'spagn', 'israel', 'palestin', 'iranian', 'iracheno', 'irachen', 'siria', 'siriano', 'siriani', 'turchi', 'bielorus', 'georgian', 'armeni', 'azerbaig', 'azer', 'serbia', 'alban', 'kosov', 'ceceni', 'cecenia', 'giappon', 'corean', 'pakistan', 'afghan', 'arabia', 'curdi', 'curdo', 'sovietic', 'occidental', 'oriental', 'cremlin', 'moscovit', 'musulman', 'cristian', 'ebrei', 'ebreo', 'ebrea', 'ebraic', 'cattolic', 'ortodoss', 'protestant', 'buddh', 'indù', 'islam', 'sunnit', 'sciit', 'socialist', 'comunist', 'conservator', 'liberal', 'progressist',
    // Europe beyond the neighbours, the Americas, the Middle East, Africa, Asia, and minorities
    'moldav', 'lituan', 'letton', 'eston', 'finland', 'svedes', 'svezia', 'norveg', 'danes', 'danimarc', 'olandes', 'olanda', 'belgio', 'austriac', 'austria', 'svizzer', 'slovacc', 'romen', 'romania', 'bulgar', 'grec', 'croat', 'bosni', 'irland', 'scozzes', 'scozia', 'portoghes', 'portogallo', 'canades', 'messican', 'messico', 'brasilian', 'brasile', 'argentin', 'venezuel', 'cuban', 'colombian', 'colombia', 'egizi', 'egitto', 'libic', 'libanes', 'libano', 'yemen', 'saudit', 'qatar', 'emirat', 'giordan', 'nigeria', 'etiop', 'vietnam', 'taiwan', 'indonesi', 'filippin', 'australi', 'africa', 'asiatic', 'uiguri', 'tibet', 'tatar', 'baltic', 'caucas'],
  words: ['sinistra', 'destra', 'belga', 'belgi', 'ceco', 'ceca', 'cechi', 'ceche', 'svizzera', 'svizzeri', 'cuba', 'libia', 'canada', 'russia', 'russo', 'russa', 'russi', 'russe', 'cina', 'francia', 'italia', 'iran', 'iraq', 'turco', 'turca', 'turchia', 'serbo', 'serba', 'serbi', 'serbe', 'arabo', 'araba', 'arabi', 'arabe', 'corea', 'india', 'indiano', 'indiana', 'indiani', 'usa', 'nato', 'kiev', 'kyiv', 'mosca', 'washington', 'bruxelles', 'pechino'],
};

const PL: SideLexicon = {
  prefixes: ['maghreb', 'magreb', 'rosj', 'rosyjsk', 'ukrai', 'ameryk', 'chińsk', 'chińczy', 'europ', 'brytyj', 'brytan', 'angiel', 'anglii', 'anglia', 'francj', 'francus', 'niemc', 'niemiec', 'niemieck', 'polsk', 'polak', 'polac', 'węgier', 'węgr', 'włoch', 'włosk', 'hiszpa', 'izrael', 'palesty', 'irańsk', 'iracki', 'iracka', 'syryj', 'syri', 'turcj', 'turec', 'turk', 'białoru', 'gruzj', 'gruzin', 'gruzińsk', 'armen', 'ormia', 'ormiań', 'azerb', 'serb', 'albań', 'alban', 'kosow', 'czecze', 'japoń', 'japoni', 'koreań', 'korei', 'korea', 'indyjsk', 'hindus', 'pakista', 'afgań', 'afgan', 'arabsk', 'arabow', 'kurd', 'radzieck', 'sowieck', 'zachodn', 'wschodn', 'kreml', 'kijow', 'moskiew', 'moskw', 'waszyngto', 'brukse', 'pekiń', 'muzułma', 'chrześcija', 'żyd', 'żydow', 'katolic', 'prawosław', 'protestan', 'buddy', 'islam', 'sunnic', 'szyic', 'socjalist', 'komunist', 'konserwaty', 'liberał', 'lewic', 'prawic',
    // Europe beyond the neighbours, the Americas, the Middle East, Africa, Asia, and minorities
    'mołdaw', 'mołdow', 'litw', 'litew', 'łotew', 'łotysz', 'łotw', 'eston', 'finland', 'fińsk', 'fińczy', 'szwedz', 'szwecj', 'szwed', 'norweg', 'norwes', 'duńsk', 'duńczy', 'holend', 'holandi', 'niderland', 'belgi', 'austri', 'szwajcar', 'czech', 'czesk', 'słowac', 'słowak', 'rumu', 'bułgar', 'grecj', 'greck', 'grek', 'chorwa', 'bośni', 'irland', 'szkoc', 'portugal', 'kanad', 'meksyk', 'brazyli', 'argenty', 'wenezuel', 'kubańsk', 'kubańczy', 'kolumbi', 'egip', 'libi', 'liban', 'jemen', 'saudyj', 'katarsk', 'emirat', 'jordań', 'jordani', 'nigeri', 'etiop', 'wietnam', 'tajwan', 'indonez', 'filipi', 'australi', 'afryk', 'azjat', 'ujgur', 'tybet', 'tatarsk', 'tatarz', 'bałty', 'kaukaz'],
  words: ['dania', 'danii', 'kuba', 'kuby', 'kubie', 'kubę', 'azja', 'azji', 'chiny', 'chin', 'chinach', 'chinom', 'chinami', 'iran', 'iranu', 'irak', 'iraku', 'indie', 'indii', 'arab', 'arabowie', 'usa', 'nato'],
};

const RU: SideLexicon = {
  prefixes: ['ультраправ', 'ультралев', 'праворадикал', 'леворадикал', 'магриб', 'росси', 'русск', 'украин', 'америк', 'китай', 'китайц', 'европ', 'евросоюз', 'британ', 'англи', 'англичан', 'франц', 'немец', 'немц', 'германи', 'германск', 'польш', 'польск', 'поляк', 'венгр', 'венгер', 'итали', 'испан', 'израил', 'палестин', 'иранск', 'иракск', 'сирийск', 'турец', 'турк', 'турци', 'белорус', 'беларус', 'грузинск', 'армян', 'армени', 'азербайдж', 'сербск', 'серби', 'албан', 'косов', 'чечен', 'чечн', 'япони', 'японск', 'японц', 'корейск', 'корейц', 'индийск', 'пакистан', 'афган', 'арабск', 'курдск', 'натовск', 'советск', 'западн', 'восточн', 'кремл', 'киевск', 'московск', 'вашингтонск', 'брюссельск', 'пекинск', 'мусульм', 'христиан', 'иуде', 'еврей', 'евре', 'католи', 'православ', 'протестант', 'буддист', 'буддийск', 'индуист', 'ислам', 'суннит', 'шиит', 'социалист', 'коммунист', 'консерватор', 'консервативн', 'либерал', 'республиканц',
    // Europe beyond the neighbours, the Americas, the Middle East, Africa, Asia, and minorities
    'молдав', 'молдов', 'литв', 'литов', 'латв', 'латыш', 'эстон', 'финлянд', 'финск', 'финн', 'швед', 'швец', 'норвег', 'дани', 'датск', 'нидерланд', 'голланд', 'бельги', 'австри', 'швейцар', 'чешск', 'чехи', 'словац', 'словак', 'румын', 'болгар', 'греческ', 'грек', 'греци', 'хорват', 'босни', 'ирланд', 'шотланд', 'португал', 'канад', 'мексик', 'бразил', 'аргентин', 'венесуэл', 'кубин', 'колумби', 'египт', 'ливи', 'ливан', 'йемен', 'саудовск', 'катарск', 'эмират', 'иордан', 'нигери', 'эфиоп', 'вьетнам', 'тайван', 'индонез', 'филиппин', 'австрали', 'африк', 'азиат', 'уйгур', 'тибет', 'татар', 'прибалт', 'балтийск', 'кавказ'],
  words: [
    'египет', 'катар', 'катаре', 'катару', 'сша', 'нато', 'иран', 'ирана', 'ирану', 'ираном', 'иране', 'ирак', 'ирака', 'ираку', 'ираком', 'ираке', 'сирия', 'сирии', 'сирию', 'сирией',
    'грузия', 'грузии', 'грузию', 'грузией', 'грузин', 'грузины', 'грузинам', 'грузинами', 'грузинах', 'корея', 'кореи', 'корею', 'кореей', 'индия', 'индии',
    'индию', 'индией', 'серб', 'сербы', 'сербов', 'араб', 'арабы', 'арабов', 'курд', 'курды', 'курдов', 'киев', 'киева', 'киеву', 'киевом', 'киеве', 'москва',
    'москвы', 'москве', 'москву', 'москвой', 'вашингтон', 'вашингтона', 'вашингтону', 'вашингтоном', 'вашингтоне', 'брюссель', 'брюсселя', 'пекин', 'пекина',
  ],
};

const LEXICONS: Record<string, SideLexicon> = { en: EN, fr: FR, de: DE, ge: DE, it: IT, pl: PL, po: PL, ru: RU };

interface CompiledSideLexicon {
  prefixes: Set<string>;
  lengths: number[];
  words: Set<string>;
}

const compiled = new Map<string, CompiledSideLexicon | null>();
/** Answers per language and word: the check runs for every word token of every analysis. Cleared when full. */
const answers = new Map<string, Map<string, boolean>>();
const ANSWER_LIMIT = 50_000;
const MEMO_MAX_CHARS = 40;

function lexiconFor(lang: string): CompiledSideLexicon | null {
  let c = compiled.get(lang);
  if (c === undefined) {
    const main = LEXICONS[lang];
    // skin colours as peoples, places of worship and clergy (lang/community-words.ts)
    const community = COMMUNITY_WORDS[isoLanguageCode(lang)];
    const prefixes = main ? [...main.prefixes, ...(community?.prefixes ?? [])] : [];
    c = main ? { prefixes: new Set(prefixes), lengths: [...new Set(prefixes.map((p) => p.length))].sort((a, b) => a - b), words: new Set([...main.words, ...(community?.words ?? [])]) } : null;
    compiled.set(lang, c);
  }
  return c;
}

/** English words that make "left" or "right" name a camp: after it ("left-wing", "right-leaning") or before it ("far-right", "centre-left"). */
const CAMP_AFTER: ReadonlySet<string> = new Set(['wing', 'winger', 'wingers', 'leaning']);
const CAMP_BEFORE: ReadonlySet<string> = new Set(['far', 'hard', 'extreme', 'alt', 'centre', 'center', 'radical', 'populist']);

/**
 * Whether token i is English "left" or "right" naming a political camp, which it does in a
 * compound ("left-wing extremists", "the far-right party", "centre-left voters"); alone it is
 * mostly an ordinary word ("they left", "the right to vote"), so isSideWord leaves it alone.
 * Before techniques 1.8.0 "Left-wing / Right-wing extremists are tearing this nation apart"
 * read Flag Waving 0.147 against 0.273.
 */
export function isCampWordAt(tokens: ReadonlyArray<{ lower: string }>, i: number, lang: string): boolean {
  if (lang !== 'en') return false;
  const word = tokens[i]!.lower;
  if (word !== 'left' && word !== 'right') return false;
  const next = tokens[i + 1]?.lower === '-' ? tokens[i + 2]?.lower : undefined;
  const previous = tokens[i - 1]?.lower === '-' ? tokens[i - 2]?.lower : tokens[i - 1]?.lower;
  return (next !== undefined && CAMP_AFTER.has(next)) || (previous !== undefined && CAMP_BEFORE.has(previous));
}

/** Whether a lower-case word names a side in the given language (ISO or corpus code); false for languages without a lexicon. */
export function isSideWord(lower: string, lang: string): boolean {
  const lex = lexiconFor(lang);
  if (!lex) return false;
  const decide = (): boolean => lex.words.has(lower) || lex.lengths.some((n) => n <= lower.length && lex.prefixes.has(lower.slice(0, n)));
  // long tokens (hostile input, URLs) are decided without being remembered, so the memo stays small
  if (lower.length > MEMO_MAX_CHARS) return decide();
  let known = answers.get(lang);
  if (!known) answers.set(lang, (known = new Map()));
  let answer = known.get(lower);
  if (answer === undefined) {
    answer = decide();
    if (known.size >= ANSWER_LIMIT) known.clear();
    known.set(lower, answer);
  }
  return answer;
}

/** The lexicon's languages (ISO and corpus codes), for tests. */
export const SIDE_WORD_LANGUAGES: readonly string[] = Object.keys(LEXICONS);
