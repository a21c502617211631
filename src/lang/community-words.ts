/**
 * Side words of two more kinds, read like the rest of lang/side-words.ts (the name role), so
 * that swapping one community for another leaves the detector's input as it was:
 *
 * - colour words that name a people ("Black activists" / "White activists", "les jeunes noirs" /
 *   "blancs", "Schwarze" / "Weiße", "чернокожие" / "белые");
 * - places of worship and clergy ("the mosque" / "the church", "every imam" / "every priest",
 *   "die Moschee" / "die Kirche", "мечеть" / "церковь"), beside the religions the main lists hold;
 * - sexual orientation, and unbelief beside the religions ("gay" / "heterosexual", "Geje" /
 *   "heteroseksualiści", "atheists" / "believers"): "Atheists / Believers have no morals and
 *   cannot be trusted" read loaded language 0.155 against 0.399, and "Geje / Heteroseksualiści
 *   niszczą polską rodzinę" name calling 0.570 against 0.345, before these words joined in.
 *
 * Before techniques 1.9.0, on sentence pairs written for this (README "Neutrality"), "Black
 * activists are tearing this city apart…" read name calling 0.397 against 0.091 for "White
 * activists…", and "The mosque on the corner is a nest of hatred and lies" loaded language 0.498
 * against 0.702 for "The church…": the training articles use these words in different company,
 * and the model had learnt the words themselves.
 *
 * Words that are slurs are not here: using one is name calling, whoever it is aimed at. The colours
 * also lose their ordinary uses as features ("the black market", "a white paper"):
 * one shared role for two colours costs the models little, as the side words of the main lists
 * did. Forms are listed whole where a prefix would catch ordinary words (German "weiß" is also
 * "knows", Polish "kości" are bones, Russian "бел…" opens "белок", protein).
 */
export interface CommunityLexicon {
  prefixes: readonly string[];
  words: readonly string[];
}

const RU_COLOUR_ENDINGS = ['ый', 'ая', 'ое', 'ые', 'ого', 'ой', 'ому', 'ым', 'ом', 'ую', 'ых', 'ыми'];
const PL_COLOUR_ENDINGS = ['y', 'a', 'e', 'ego', 'ej', 'emu', 'ym', 'ą', 'ych', 'ymi'];

export const COMMUNITY_WORDS: Readonly<Record<string, CommunityLexicon>> = {
  en: {
    prefixes: [],
    words: [
      'black', 'blacks', 'white', 'whites',
      'church', 'churches', 'mosque', 'mosques', 'synagogue', 'synagogues', 'temple', 'temples', 'cathedral', 'cathedrals', 'chapel', 'chapels',
      'gay', 'gays', 'lesbian', 'lesbians', 'homosexual', 'homosexuals', 'heterosexual', 'heterosexuals', 'bisexual', 'bisexuals', 'transgender',
      'atheist', 'atheists', 'believer', 'believers',
      'priest', 'priests', 'priestess', 'priestesses', 'imam', 'imams', 'rabbi', 'rabbis', 'pastor', 'pastors', 'vicar', 'vicars', 'mullah', 'mullahs', 'monk', 'monks', 'nun', 'nuns',
    ],
  },
  fr: {
    prefixes: ['mosquée', 'synagogue', 'cathédrale', 'homosexuel', 'hétérosexuel', 'bisexuel', 'lesbienne', 'athée', 'croyant'],
    words: [
      'gay', 'gays', 'hétéro', 'hétéros',
      'noir', 'noire', 'noirs', 'noires', 'blanc', 'blanche', 'blancs', 'blanches',
      'église', 'églises', 'temple', 'temples', 'chapelle', 'chapelles',
      'prêtre', 'prêtres', 'imam', 'imams', 'rabbin', 'rabbins', 'pasteur', 'pasteurs', 'curé', 'curés', 'moine', 'moines',
    ],
  },
  de: {
    prefixes: ['moschee', 'synagoge', 'rabbiner', 'schwul', 'lesbisch', 'lesben', 'homosexuell', 'heterosexuell', 'bisexuell', 'atheist'],
    words: [
      // not "Gläubiger", a creditor
      'lesbe', 'hetero', 'heteros', 'gläubige', 'gläubigen',
      'schwarz', 'schwarze', 'schwarzen', 'schwarzer', 'schwarzes', 'weiße', 'weißen', 'weißer', 'weißes', 'weisse', 'weissen', 'weisser', 'weisses',
      'kirche', 'kirchen', 'tempel', 'kapelle', 'kapellen', 'dom',
      'priester', 'imam', 'imame', 'imams', 'pfarrer', 'pastor', 'pastoren', 'mönch', 'mönche', 'nonne', 'nonnen',
    ],
  },
  it: {
    prefixes: ['moschea', 'moschee', 'sinagog', 'cattedral', 'omosessual', 'eterosessual', 'bisessual', 'lesbic', 'credent'],
    words: [
      'gay', 'etero', 'ateo', 'atea', 'atei', 'atee',
      'nero', 'nera', 'neri', 'nere', 'bianco', 'bianca', 'bianchi', 'bianche',
      'chiesa', 'chiese', 'tempio', 'templi', 'cappella', 'cappelle',
      'prete', 'preti', 'sacerdote', 'sacerdoti', 'imam', 'rabbino', 'rabbini', 'pastore', 'pastori', 'parroco', 'parroci', 'monaco', 'monaci', 'suora', 'suore',
    ],
  },
  pl: {
    prefixes: ['czarnosk', 'białosk', 'kościół', 'kościoł', 'kościel', 'meczet', 'synagog', 'cerkiew', 'cerkw', 'świątyn', 'duchown', 'rabin', 'homoseksual', 'heteroseksual', 'biseksual', 'lesbij', 'ateist'],
    words: [
      'gej', 'geje', 'gejów', 'gejom', 'gejami', 'gejach', 'hetero', 'wierzący', 'wierzącym', 'wierzących', 'wierzącymi',
      ...PL_COLOUR_ENDINGS.flatMap((e) => [`czarn${e}`, `biał${e}`]), 'czarni', 'biali',
      'ksiądz', 'księdza', 'księdzu', 'księdzem', 'księże', 'księża', 'księży', 'księżom', 'księżmi', 'imam', 'imama', 'imamowie', 'imamów', 'pastor', 'pastora', 'pastorzy',
    ],
  },
  ru: {
    prefixes: ['чернокож', 'белокож', 'мечет', 'синагог', 'церков', 'церкв', 'храм', 'имам', 'раввин', 'священник', 'мулл', 'пастор', 'гомосексуал', 'гетеросексуал', 'бисексуал', 'лесбиян', 'атеист', 'верующ'],
    words: [
      ...RU_COLOUR_ENDINGS.flatMap((e) => [`чёрн${e}`, `черн${e}`, `бел${e}`]),
      'гей', 'геи', 'геев', 'геям', 'геями', 'геях', 'натурал', 'натуралы', 'натуралов', 'натуралам', 'натуралами',
    ],
  },
};
