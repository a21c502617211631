/** Invented example texts for the genre and frame tests (no corpus text). */

export const WIRE_REPORT = [
  'Harbour authority approves dredging plan for northern port',
  '',
  'KESTREL BAY, May 6 (Reuters) - The regional harbour authority on Tuesday approved a 42 million euro plan to dredge the northern shipping channel, its chairman said.',
  'Work is expected to start in September and last 18 months, according to a statement published on the authority\'s website. About 1.2 million cubic metres of sediment will be removed.',
  '"The channel has lost almost two metres of depth since 2019," chairman Olaf Brenner told reporters after the vote, which passed by seven votes to two.',
  'Two members voted against, citing concerns about the cost. Environmental groups said they would study the plan before deciding whether to challenge it in court.',
  'The port handled 14.3 million tonnes of cargo last year, up 4 percent from 2022, the authority said on Monday.',
].join('\n');

export const OPINION_RANT = [
  'The city council has lost its way, and we should stop pretending otherwise',
  '',
  'I have lived in this town for thirty years, and I cannot remember a council that cared less about the people who pay for it. Every month brings a new fee, a new excuse and a new promise that nobody intends to keep.',
  'Ask yourself a simple question: who actually benefits from the new parking scheme? Not the shop owners, who are losing customers. Not the families, who now pay twice as much to visit the market. The only winners are the consultants who designed it.',
  'I think the council owes us an apology. Frankly, it owes us more than that: it owes us a plan that puts residents first, not last.',
  'We deserve better than this. If our councillors cannot see that, then perhaps it is time we found councillors who can.',
].join('\n');
