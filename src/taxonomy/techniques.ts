import { CATEGORIES, TECHNIQUES, TECHNIQUE_CATEGORY } from './ids.js';
import type { CategoryId, TechniqueId } from './ids.js';

/**
 * Human-readable texts for the 23 techniques and their six categories, so that
 * every label spinscope shows can be looked up and understood. Definitions and
 * examples are our own wording; the examples are invented and name no real person.
 */

export interface CategoryInfo {
  id: CategoryId;
  name: string;
  description: string;
}

export interface TechniqueInfo {
  id: TechniqueId;
  name: string;
  category: CategoryId;
  definition: string;
  example: string;
}

const CATEGORY_TEXT: Record<CategoryId, Omit<CategoryInfo, 'id'>> = {
  attack_on_reputation: {
    name: 'Attack on reputation',
    description: 'Instead of answering an argument, the text targets the person, group or institution behind it, making them look untrustworthy, hypocritical or contemptible.',
  },
  justification: {
    name: 'Justification',
    description: 'The text supports its position with something other than evidence about the issue itself: national pride, an authority, popularity, values, or fear.',
  },
  simplification: {
    name: 'Simplification',
    description: 'A complex situation is reduced to a single cause, a chain of inevitable consequences, or a choice between two options.',
  },
  distraction: {
    name: 'Distraction',
    description: 'Attention is moved away from the point under discussion: to a distorted version of it, to an unrelated topic, or to the opponent\'s own faults.',
  },
  call: {
    name: 'Call',
    description: 'Short formulas that push the reader to act or to stop thinking: slogans, phrases that end the discussion, and claims that the moment to act is now.',
  },
  manipulative_wording: {
    name: 'Manipulative wording',
    description: 'The choice of words does the persuading: emotionally charged vocabulary, inflated or minimised descriptions, deliberate vagueness, or insistent repetition.',
  },
};

const TECHNIQUE_TEXT: Record<TechniqueId, { name: string; definition: string; example: string }> = {
  'Name_Calling-Labeling': {
    name: 'Name calling or labelling',
    definition: 'Attaching a label to a person or group that the audience already fears, hates or admires, so that the label replaces any argument about what they actually did or said.',
    example: 'The so-called experts from the ministry of lies have spoken again.',
  },
  Guilt_by_Association: {
    name: 'Guilt by association',
    definition: 'Discrediting a person, idea or action by linking it to someone or something the audience already condemns, without showing that the link matters.',
    example: 'The new tax plan is exactly what the old dictatorship would have wanted.',
  },
  Doubt: {
    name: 'Casting doubt',
    definition: 'Undermining the credibility of a person or institution by questioning their competence, honesty or motives, usually without offering evidence for the suspicion.',
    example: 'Can we really trust a mayor who cannot even say where the money went?',
  },
  Appeal_to_Hypocrisy: {
    name: 'Appeal to hypocrisy',
    definition: 'Rejecting a position by pointing out that its defender once acted or spoke against it, as if inconsistency made the position itself false ("tu quoque").',
    example: 'The senator lectures us about saving water while filling the pool at his villa.',
  },
  Questioning_the_Reputation: {
    name: 'Questioning the reputation',
    definition: 'Attacking the general character or standing of a target with negative claims about their past or morals, unrelated to the issue being discussed.',
    example: 'Before listening to her plan, remember she was fired from her last two jobs.',
  },
  Flag_Waving: {
    name: 'Flag waving',
    definition: 'Justifying an idea by appeal to the pride, interests or identity of a group (a nation, a people, a party), suggesting that any good member of the group must support it.',
    example: 'Every true patriot of Veldavia will stand behind our brave border guards.',
  },
  Appeal_to_Authority: {
    name: 'Appeal to authority',
    definition: 'Presenting a claim as true simply because a person or body with status said so, especially when that authority is not an expert on the matter or is cited without any evidence.',
    example: 'A famous actor says the vaccine is useless, so it must be.',
  },
  Appeal_to_Popularity: {
    name: 'Appeal to popularity (bandwagon)',
    definition: 'Arguing that something is right or should be done because many people, or "everybody", already believe or do it.',
    example: 'Millions of families have already switched to the new party: do not be left behind.',
  },
  Appeal_to_Values: {
    name: 'Appeal to values',
    definition: 'Linking a position to values the audience holds dear (freedom, tradition, faith, fairness) so that opposing it feels like betraying those values.',
    example: 'Defending our traditional family is defending freedom itself.',
  },
  'Appeal_to_Fear-Prejudice': {
    name: 'Appeal to fear or prejudice',
    definition: 'Winning support by stirring anxiety, panic or existing prejudice about what will happen if the proposed course is not followed.',
    example: 'If we open the border, our streets will not be safe for our children.',
  },
  Straw_Man: {
    name: 'Straw man',
    definition: 'Replacing an opponent\'s actual position with a distorted, exaggerated or weaker version and then refuting that version instead.',
    example: 'They want to reduce police overtime: in other words, they want criminals to run the city.',
  },
  Red_Herring: {
    name: 'Red herring',
    definition: 'Introducing an irrelevant topic to divert attention from the question at hand, often one that provokes strong feelings.',
    example: 'Why discuss hospital waiting lists when our football team has just been humiliated abroad?',
  },
  Whataboutism: {
    name: 'Whataboutism',
    definition: 'Answering a criticism by accusing the critic of a similar or worse wrong, instead of addressing the criticism itself.',
    example: 'They complain about our prisons, but what about the way their own police treat protesters?',
  },
  Causal_Oversimplification: {
    name: 'Causal oversimplification',
    definition: 'Blaming a single cause for an outcome that has many causes, or presenting a correlation as the whole explanation.',
    example: 'Prices went up the week the new governor took office, so he caused the inflation.',
  },
  'False_Dilemma-No_Choice': {
    name: 'False dilemma or no choice',
    definition: 'Presenting two options as the only possible ones (or one option as the only one), hiding the alternatives that exist.',
    example: 'Either you support the emergency law or you are on the side of the terrorists.',
  },
  Consequential_Oversimplification: {
    name: 'Consequential oversimplification (slippery slope)',
    definition: 'Claiming that a first step will inevitably set off a chain of increasingly bad (or good) consequences, without showing why each step must follow.',
    example: 'Today they ban cars from the centre; tomorrow they will ban us from leaving our homes.',
  },
  Slogans: {
    name: 'Slogans',
    definition: 'A short, striking phrase, often rhythmic or a stereotype, that stands in for an argument and appeals to emotion.',
    example: 'One nation, one voice, one future!',
  },
  Conversation_Killer: {
    name: 'Conversation killer (thought-terminating cliché)',
    definition: 'A phrase meant to end discussion and discourage critical thought, dismissing further questions as pointless.',
    example: 'It is what it is, and there is nothing more to say about it.',
  },
  Appeal_to_Time: {
    name: 'Appeal to time',
    definition: 'Urging action by claiming that the time has come or is running out, so that deliberation seems a luxury the audience cannot afford.',
    example: 'The hour has come: act now, before it is too late.',
  },
  Loaded_Language: {
    name: 'Loaded language',
    definition: 'Words and phrases with strong emotional connotations, positive or negative, chosen to influence the reader\'s feelings rather than to describe.',
    example: 'The regime\'s thugs unleashed a savage assault on peaceful citizens.',
  },
  'Obfuscation-Vagueness-Confusion': {
    name: 'Obfuscation, vagueness or confusion',
    definition: 'Using deliberately unclear, ambiguous or evasive wording so that the audience may read into it whatever suits them, and the author cannot be pinned down.',
    example: 'Certain measures may be taken in due course by the relevant parties, as appropriate.',
  },
  'Exaggeration-Minimisation': {
    name: 'Exaggeration or minimisation',
    definition: 'Describing something as much bigger, better or worse than it is, or playing down something serious as trivial.',
    example: 'The protest was just a handful of bored students; our rally was the greatest in history.',
  },
  Repetition: {
    name: 'Repetition',
    definition: 'Repeating the same word, phrase or idea again and again so that the audience comes to accept it through familiarity rather than argument.',
    example: 'They lied about the dam. They lied about the budget. They lied about everything.',
  },
};

export const CATEGORY_INFO: readonly CategoryInfo[] = CATEGORIES.map((id) => ({ id, ...CATEGORY_TEXT[id] }));

/** All 23 techniques, grouped by category in the order of CATEGORIES. */
export const TECHNIQUE_INFO: readonly TechniqueInfo[] = CATEGORIES.flatMap((c) =>
  TECHNIQUES.filter((t) => TECHNIQUE_CATEGORY[t] === c).map((id) => ({ id, category: c, ...TECHNIQUE_TEXT[id] })),
);

const byId = new Map<string, TechniqueInfo>(TECHNIQUE_INFO.map((t) => [t.id, t]));

export function techniqueInfo(id: TechniqueId): TechniqueInfo {
  return byId.get(id)!;
}

export function categoryInfo(id: CategoryId): CategoryInfo {
  return CATEGORY_INFO.find((c) => c.id === id)!;
}

/** Case-insensitive lookup that also accepts spaces or hyphens for underscores; undefined when unknown. */
export function findTechnique(query: string): TechniqueInfo | undefined {
  const norm = normalizeId(query);
  return TECHNIQUE_INFO.find((t) => normalizeId(t.id) === norm);
}

export function normalizeId(s: string): string {
  return s.trim().toLowerCase().replace(/[\s_\-,]+/g, '_');
}
