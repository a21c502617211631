// Example articles written for spinscope's UI (invented; no real people or outlets).
export const EXAMPLES = [
  {
    lang: 'en',
    title: 'Sea wall vote',
    text: [
      'Harbour council approves sea wall after stormy debate',
      'The council of Port Aldwin voted 7 to 4 on Tuesday to build a 1.2 km sea wall along the old quay, at a cost the treasurer put at 18 million euros.',
      'Councillor Mara Lind called the opponents of the project traitors to the town and said every true patriot would stand behind the wall.',
      'Without it, she warned, the next winter storm will be a catastrophe for every family on the waterfront. Either we act now or we lose everything.',
      'Opposition leader Tomas Berg replied that experts say the wall will only move the flooding further up the coast, and asked why the council had ignored its own engineers.',
      'According to a report by the regional water agency, a tidal barrier would cost about a third less. The council did not say whether it had read the report.',
    ].join('\n'),
  },
  {
    lang: 'fr',
    title: 'Le tramway de Valmont',
    text: [
      'Valmont : le tramway divise la ville',
      'Le conseil municipal a adopté lundi le tracé du futur tramway, malgré l\'opposition des commerçants du centre.',
      'Pour le maire, ce projet est une honte pour ceux qui le bloquent depuis dix ans : « Les vrais Valmontais savent que l\'avenir ne peut pas attendre. »',
      'Selon une étude de la chambre de commerce, près de la moitié des boutiques pourraient perdre des clients pendant les travaux.',
    ].join('\n'),
  },
];
