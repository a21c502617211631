import type { TechniqueId } from './ids.js';

/**
 * The 14 technique labels of SemEval-2020 Task 11 (the PTC corpus, Da San
 * Martino et al.), spelled exactly as in its label files, and where each falls
 * among the 23 of SemEval-2023. Merged 2020 labels map to several 2023 ones; the
 * first is the one we assign when converting spans (the most common reading).
 */
export const SEMEVAL2020_TECHNIQUES = [
  'Appeal_to_Authority',
  'Appeal_to_fear-prejudice',
  'Bandwagon,Reductio_ad_hitlerum',
  'Black-and-White_Fallacy',
  'Causal_Oversimplification',
  'Doubt',
  'Exaggeration,Minimisation',
  'Flag-Waving',
  'Loaded_Language',
  'Name_Calling,Labeling',
  'Repetition',
  'Slogans',
  'Thought-terminating_Cliches',
  'Whataboutism,Straw_Men,Red_Herring',
] as const;
export type Semeval2020Technique = (typeof SEMEVAL2020_TECHNIQUES)[number];

/** 2020 label -> 2023 techniques it covers, the default conversion first. */
export const SEMEVAL2020_TO_2023: Record<Semeval2020Technique, readonly TechniqueId[]> = {
  Appeal_to_Authority: ['Appeal_to_Authority'],
  'Appeal_to_fear-prejudice': ['Appeal_to_Fear-Prejudice'],
  // Bandwagon became Appeal_to_Popularity; Reductio ad Hitlerum is a case of Guilt_by_Association
  'Bandwagon,Reductio_ad_hitlerum': ['Appeal_to_Popularity', 'Guilt_by_Association'],
  'Black-and-White_Fallacy': ['False_Dilemma-No_Choice'],
  Causal_Oversimplification: ['Causal_Oversimplification'],
  Doubt: ['Doubt'],
  'Exaggeration,Minimisation': ['Exaggeration-Minimisation'],
  'Flag-Waving': ['Flag_Waving'],
  Loaded_Language: ['Loaded_Language'],
  'Name_Calling,Labeling': ['Name_Calling-Labeling'],
  Repetition: ['Repetition'],
  Slogans: ['Slogans'],
  'Thought-terminating_Cliches': ['Conversation_Killer'],
  'Whataboutism,Straw_Men,Red_Herring': ['Whataboutism', 'Straw_Man', 'Red_Herring'],
};

/** 2023 technique -> the 2020 label that covers it (undefined for the 2023-only techniques). */
export const SEMEVAL2023_TO_2020: Partial<Record<TechniqueId, Semeval2020Technique>> = Object.fromEntries(
  SEMEVAL2020_TECHNIQUES.flatMap((l) => SEMEVAL2020_TO_2023[l].map((t) => [t, l] as const)),
);

export function isSemeval2020Technique(s: string): s is Semeval2020Technique {
  return (SEMEVAL2020_TECHNIQUES as readonly string[]).includes(s);
}
