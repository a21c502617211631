import { FRAMES } from './ids.js';
import type { FrameId } from './ids.js';

/**
 * Human-readable texts for the 14 frames of subtask 2 (after the policy frames
 * of the Media Frames Corpus). Our own wording and invented examples.
 */

export interface FrameInfo {
  id: FrameId;
  name: string;
  definition: string;
  example: string;
}

const FRAME_TEXT: Record<FrameId, Omit<FrameInfo, 'id'>> = {
  Economic: {
    name: 'Economic',
    definition: 'The issue is presented in terms of money: costs, benefits, jobs, prices, growth, taxes or the financial consequences for people, firms or the state.',
    example: 'The new port is expected to create 4,000 jobs and add two points to regional growth.',
  },
  Capacity_and_resources: {
    name: 'Capacity and resources',
    definition: 'The focus is on whether there is enough of something (staff, space, equipment, time, physical or human resources) to cope with the situation.',
    example: 'Hospitals in the north have only twelve ventilators left for the whole province.',
  },
  Morality: {
    name: 'Morality',
    definition: 'The issue is judged in terms of right and wrong, religious or ethical duty, conscience or social responsibility.',
    example: 'Turning away families at the border is a moral failure no budget can excuse.',
  },
  Fairness_and_equality: {
    name: 'Fairness and equality',
    definition: 'The question is whether rights, burdens or rewards are distributed equally among individuals or groups, and whether some are treated unjustly.',
    example: 'Rural pensioners pay the same tax but receive half the services of city dwellers.',
  },
  Legality_Constitutionality_and_jurisprudence: {
    name: 'Legality, constitutionality and jurisprudence',
    definition: 'The issue is framed through laws, courts, constitutional rights and the legal authority of those involved.',
    example: 'The supreme court will decide next month whether the decree breaches the constitution.',
  },
  Policy_prescription_and_evaluation: {
    name: 'Policy prescription and evaluation',
    definition: 'The text discusses specific policies proposed or adopted to address the issue, and whether they will work or have worked.',
    example: 'The housing subsidy has cut waiting lists by a third since it was introduced.',
  },
  Crime_and_punishment: {
    name: 'Crime and punishment',
    definition: 'The issue is about breaking laws, enforcing them, and the penalties, arrests, trials and sentences that follow.',
    example: 'Police arrested six suspects and seized forged documents during the night raid.',
  },
  Security_and_defense: {
    name: 'Security and defence',
    definition: 'Threats to the safety of a nation, community or person, and the military, police or other measures taken to protect them.',
    example: 'The army moved two brigades closer to the border after the drone incursions.',
  },
  Health_and_safety: {
    name: 'Health and safety',
    definition: 'Health care, illness, disease, sanitation, injuries and the physical safety of people, including protection from accidents and disasters.',
    example: 'Doctors warn that the heatwave puts elderly residents at serious risk of dehydration.',
  },
  Quality_of_life: {
    name: 'Quality of life',
    definition: 'The effects of the issue on people\'s everyday well-being, comfort, opportunities and happiness.',
    example: 'Since the factory closed, commuting times have doubled for most families in town.',
  },
  Cultural_identity: {
    name: 'Cultural identity',
    definition: 'Traditions, customs, language, religion and the values of a community or nation, and how the issue relates to who "we" are.',
    example: 'For many islanders, the fishing festival is part of what it means to belong here.',
  },
  Public_opinion: {
    name: 'Public opinion',
    definition: 'Attitudes of the public: polls, protests, petitions, social-media reactions and the general mood about the issue.',
    example: 'Two-thirds of respondents in the latest survey oppose the new toll.',
  },
  Political: {
    name: 'Political',
    definition: 'The issue as a matter of political strategy and competition: parties, elections, campaigns, coalitions, votes and political manoeuvring.',
    example: 'The opposition hopes the scandal will cost the ruling coalition its majority.',
  },
  External_regulation_and_reputation: {
    name: 'External regulation and reputation',
    definition: 'The relations of a country or organisation with others: international agreements, sanctions, diplomacy, and its standing or image abroad.',
    example: 'The sanctions have badly damaged the country\'s reputation with its trading partners.',
  },
};

export const FRAME_INFO: readonly FrameInfo[] = FRAMES.map((id) => ({ id, ...FRAME_TEXT[id] }));

export function frameInfo(id: FrameId): FrameInfo {
  return FRAME_INFO.find((f) => f.id === id)!;
}
