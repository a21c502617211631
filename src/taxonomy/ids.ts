/**
 * Identifiers exactly as in the SemEval-2023 Task 3 label files. Human names,
 * definitions and examples live beside them in techniques.ts, frames.ts and genres.ts.
 */

export const CATEGORIES = [
  'attack_on_reputation',
  'justification',
  'simplification',
  'distraction',
  'call',
  'manipulative_wording',
] as const;
export type CategoryId = (typeof CATEGORIES)[number];

/** Each technique and its category (the six groups of the SemEval-2023 taxonomy). */
export const TECHNIQUE_CATEGORY = {
  'Name_Calling-Labeling': 'attack_on_reputation',
  'Guilt_by_Association': 'attack_on_reputation',
  'Doubt': 'attack_on_reputation',
  'Appeal_to_Hypocrisy': 'attack_on_reputation',
  'Questioning_the_Reputation': 'attack_on_reputation',
  'Flag_Waving': 'justification',
  'Appeal_to_Authority': 'justification',
  'Appeal_to_Popularity': 'justification',
  'Appeal_to_Values': 'justification',
  'Appeal_to_Fear-Prejudice': 'justification',
  'Straw_Man': 'distraction',
  'Red_Herring': 'distraction',
  'Whataboutism': 'distraction',
  'Causal_Oversimplification': 'simplification',
  'False_Dilemma-No_Choice': 'simplification',
  'Consequential_Oversimplification': 'simplification',
  'Slogans': 'call',
  'Conversation_Killer': 'call',
  'Appeal_to_Time': 'call',
  'Loaded_Language': 'manipulative_wording',
  'Obfuscation-Vagueness-Confusion': 'manipulative_wording',
  'Exaggeration-Minimisation': 'manipulative_wording',
  'Repetition': 'manipulative_wording',
} as const satisfies Record<string, CategoryId>;
export type TechniqueId = keyof typeof TECHNIQUE_CATEGORY;
/** The 23 technique ids, grouped by category. */
export const TECHNIQUES = Object.keys(TECHNIQUE_CATEGORY) as TechniqueId[];

/** The 14 frames (subtask 2), in the order of the task's frames.txt. */
export const FRAMES = [
  'Economic',
  'Capacity_and_resources',
  'Morality',
  'Fairness_and_equality',
  'Legality_Constitutionality_and_jurisprudence',
  'Policy_prescription_and_evaluation',
  'Crime_and_punishment',
  'Security_and_defense',
  'Health_and_safety',
  'Quality_of_life',
  'Cultural_identity',
  'Public_opinion',
  'Political',
  'External_regulation_and_reputation',
] as const;
export type FrameId = (typeof FRAMES)[number];

export const GENRES = ['opinion', 'reporting', 'satire'] as const;
export type GenreId = (typeof GENRES)[number];

export function isTechniqueId(s: string): s is TechniqueId {
  return Object.prototype.hasOwnProperty.call(TECHNIQUE_CATEGORY, s);
}
export function isFrameId(s: string): s is FrameId {
  return (FRAMES as readonly string[]).includes(s);
}
export function isGenreId(s: string): s is GenreId {
  return (GENRES as readonly string[]).includes(s);
}
