/**
 * Small per-language word lists behind the document style features. They are
 * cues of voice and sourcing, not of topic, so one list per language feeds a
 * feature that means the same thing in every language ("first person per 100
 * words"), which lets the genre model share evidence across languages.
 *
 * Entries ending in "*" match any word starting with the rest (Polish and
 * Russian inflect reporting verbs heavily); other entries match whole words.
 */
export interface StyleLexicon {
  firstSingular: readonly string[];
  firstPlural: readonly string[];
  second: readonly string[];
  /** Verbs and phrases that attribute speech or a statement to someone. */
  reporting: readonly string[];
  hedges: readonly string[];
  intensifiers: readonly string[];
  /** Month and weekday names (dates are a mark of reporting). */
  calendar: readonly string[];
  /** Evaluative, opinion-marking words ("should", "must", "shame"). */
  evaluative: readonly string[];
}

export const STYLE_LEXICONS: Record<string, StyleLexicon> = {
  en: {
    firstSingular: ['i', 'me', 'my', 'mine', 'myself'],
    firstPlural: ['we', 'us', 'our', 'ours', 'ourselves'],
    second: ['you', 'your', 'yours', 'yourself', 'yourselves'],
    reporting: ['said', 'says', 'told', 'stated', 'announced', 'reported', 'added', 'according', 'explained', 'noted', 'confirmed', 'claimed', 'declared', 'spokesman', 'spokeswoman', 'spokesperson', 'statement', 'quoted'],
    hedges: ['perhaps', 'maybe', 'possibly', 'probably', 'might', 'seems', 'apparently', 'likely', 'allegedly', 'reportedly', 'arguably', 'somewhat'],
    intensifiers: ['very', 'extremely', 'absolutely', 'totally', 'completely', 'utterly', 'truly', 'really', 'incredibly', 'so', 'entirely', 'clearly', 'obviously'],
    calendar: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today'],
    evaluative: ['should', 'must', 'ought', 'shame', 'disgrace', 'outrageous', 'ridiculous', 'absurd', 'insane', 'evil', 'corrupt', 'lie', 'lies', 'liar', 'stupid', 'idiot', 'truth'],
  },
  fr: {
    firstSingular: ['je', "j'", 'j’', 'me', "m'", 'm’', 'moi', 'mon', 'ma', 'mes'],
    firstPlural: ['nous', 'notre', 'nos'],
    second: ['tu', 'te', 'toi', 'ton', 'ta', 'tes', 'vous', 'votre', 'vos'],
    reporting: ['a dit', 'dit', 'déclaré', 'declare', 'affirmé', 'annoncé', 'indiqué', 'précisé', 'expliqué', 'ajouté', 'selon', 'souligné', 'estimé', 'rapporté', 'porte-parole', 'communiqué', 'assuré'],
    hedges: ['peut-être', 'probablement', 'sans doute', 'semble', 'apparemment', 'possible', 'éventuellement', 'vraisemblablement', 'supposé'],
    intensifiers: ['très', 'extrêmement', 'absolument', 'totalement', 'complètement', 'vraiment', 'tellement', 'si', 'trop', 'évidemment', 'clairement'],
    calendar: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', "aujourd'hui"],
    evaluative: ['doit', 'doivent', 'faut', 'honte', 'scandale', 'scandaleux', 'absurde', 'ridicule', 'mensonge', 'mensonges', 'menteur', 'folie', 'vérité'],
  },
  de: {
    firstSingular: ['ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'meines'],
    firstPlural: ['wir', 'uns', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'unseres'],
    second: ['du', 'dich', 'dir', 'dein', 'deine', 'ihr', 'euch', 'euer', 'eure', 'sie'],
    reporting: ['sagte', 'sagt', 'erklärte', 'erklärt', 'teilte', 'mitteilte', 'berichtete', 'betonte', 'laut', 'zufolge', 'sprecher', 'sprecherin', 'hieß', 'heißt', 'kündigte', 'bestätigte', 'fügte', 'mitteilung', 'meldete'],
    hedges: ['vielleicht', 'wahrscheinlich', 'möglicherweise', 'vermutlich', 'scheint', 'angeblich', 'offenbar', 'wohl', 'eventuell'],
    intensifiers: ['sehr', 'extrem', 'absolut', 'völlig', 'total', 'wirklich', 'äußerst', 'ganz', 'so', 'natürlich', 'offensichtlich', 'unglaublich'],
    calendar: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'gestern', 'heute'],
    evaluative: ['muss', 'müssen', 'sollte', 'sollten', 'schande', 'skandal', 'absurd', 'lächerlich', 'lüge', 'lügen', 'wahnsinn', 'irrsinn', 'wahrheit'],
  },
  it: {
    firstSingular: ['io', 'mi', 'me', 'mio', 'mia', 'miei', 'mie'],
    firstPlural: ['noi', 'ci', 'nostro', 'nostra', 'nostri', 'nostre'],
    second: ['tu', 'ti', 'te', 'tuo', 'tua', 'tuoi', 'tue', 'voi', 'vi', 'vostro', 'vostra'],
    reporting: ['ha detto', 'detto', 'dichiarato', 'ha dichiarato', 'affermato', 'annunciato', 'spiegato', 'sottolineato', 'aggiunto', 'secondo', 'riferito', 'precisato', 'portavoce', 'comunicato', 'ha spiegato', 'riporta'],
    hedges: ['forse', 'probabilmente', 'sembra', 'pare', 'apparentemente', 'presunto', 'presunta', 'possibile', 'eventualmente'],
    intensifiers: ['molto', 'estremamente', 'assolutamente', 'totalmente', 'completamente', 'davvero', 'proprio', 'così', 'troppo', 'ovviamente', 'chiaramente'],
    calendar: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'ieri', 'oggi'],
    evaluative: ['deve', 'devono', 'bisogna', 'vergogna', 'scandalo', 'assurdo', 'ridicolo', 'menzogna', 'bugia', 'bugie', 'follia', 'verità'],
  },
  pl: {
    firstSingular: ['ja', 'mnie', 'mi', 'mną', 'mój', 'moja', 'moje', 'mojego', 'mojej', 'moim'],
    firstPlural: ['my', 'nas', 'nam', 'nami', 'nasz', 'nasza', 'nasze', 'naszego', 'naszej', 'naszym', 'naszych'],
    second: ['ty', 'ciebie', 'cię', 'tobie', 'ci', 'twój', 'twoja', 'wy', 'was', 'wam', 'wasz', 'państwo'],
    reporting: ['powiedział*', 'stwierdził*', 'oświadczył*', 'poinformował*', 'zapowiedział*', 'dodał*', 'podkreślił*', 'przekazał*', 'wyjaśnił*', 'według', 'rzecznik*', 'komunikat*', 'zaznaczył*', 'mówi', 'przyznał*'],
    hedges: ['może', 'prawdopodobnie', 'chyba', 'wydaje', 'podobno', 'rzekomo', 'ewentualnie', 'najwyraźniej', 'pewnie'],
    intensifiers: ['bardzo', 'niezwykle', 'absolutnie', 'całkowicie', 'zupełnie', 'naprawdę', 'tak', 'totalnie', 'oczywiście', 'wyraźnie', 'skrajnie'],
    calendar: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia', 'poniedziałek', 'wtorek', 'środę', 'czwartek', 'piątek', 'sobotę', 'niedzielę', 'wczoraj', 'dziś', 'dzisiaj'],
    evaluative: ['musi', 'muszą', 'trzeba', 'należy', 'powinien', 'powinni', 'hańba', 'skandal', 'absurd', 'kłamstwo', 'kłamstwa', 'prawda', 'szaleństwo'],
  },
  ru: {
    firstSingular: ['я', 'меня', 'мне', 'мной', 'мой', 'моя', 'моё', 'мое', 'мои', 'моего', 'моей'],
    firstPlural: ['мы', 'нас', 'нам', 'нами', 'наш', 'наша', 'наше', 'наши', 'нашего', 'нашей', 'наших'],
    second: ['ты', 'тебя', 'тебе', 'вы', 'вас', 'вам', 'вами', 'ваш', 'ваша', 'ваше', 'ваши', 'твой'],
    reporting: ['заяви*', 'сказа*', 'сообщи*', 'сообщает', 'отмети*', 'подчеркну*', 'добави*', 'по словам', 'словам', 'согласно', 'передает', 'передаёт', 'пресс-служб*', 'официальн*', 'объяснил*', 'рассказал*', 'уточни*', 'пишет'],
    hedges: ['возможно', 'вероятно', 'наверное', 'кажется', 'видимо', 'якобы', 'по-видимому', 'предположительно', 'вроде'],
    intensifiers: ['очень', 'крайне', 'абсолютно', 'совершенно', 'полностью', 'действительно', 'так', 'слишком', 'очевидно', 'явно', 'чрезвычайно'],
    calendar: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря', 'понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу', 'воскресенье', 'вчера', 'сегодня'],
    evaluative: ['должен', 'должны', 'надо', 'нужно', 'позор', 'скандал', 'абсурд', 'ложь', 'вранье', 'враньё', 'безумие', 'правда'],
  },
};

/** Compiled form: whole words in a set, prefixes in a list, multi-word phrases apart. */
export interface CompiledList {
  words: ReadonlySet<string>;
  prefixes: readonly string[];
  phrases: readonly string[][];
}

export function compileList(entries: readonly string[]): CompiledList {
  const words = new Set<string>();
  const prefixes: string[] = [];
  const phrases: string[][] = [];
  for (const e of entries) {
    if (e.endsWith('*')) prefixes.push(e.slice(0, -1));
    else if (e.includes(' ')) phrases.push(e.split(' '));
    else words.add(e);
  }
  return { words, prefixes, phrases };
}

/** Whether the lowercased word at position i of `words` starts an entry of the list. */
export function matchesAt(list: CompiledList, words: readonly string[], i: number): boolean {
  const w = words[i]!;
  if (list.words.has(w)) return true;
  for (const p of list.prefixes) if (w.startsWith(p)) return true;
  // plain loops: this runs for every word and list of a document (a closure per phrase was most of its garbage)
  for (const ph of list.phrases) {
    let k = 0;
    while (k < ph.length && words[i + k] === ph[k]) k++;
    if (k === ph.length) return true;
  }
  return false;
}
