/** The ten searches of issue 13: each query, the most useful page for it (to be in the first three results), and why (what the page holds). */
export const EXPECTED: Array<{ query: string; page: string; why: string }> = [
  {
    query: 'R2 resection survival',
    page: '/questions/debulking-surgery/',
    why: 'Question 2 asks whether an incomplete (R2, debulking) resection improves survival: the review answer, GRADE certainty, the Osborne 2006 survival data and the SoF table',
  },
  {
    query: 'debulking 70%',
    page: '/topics/debulking-thresholds/',
    why: 'the topic on how much tumour must be removed: the 90% Mayo target against the later 70% threshold, with the series behind each',
  },
  {
    query: 'liver transplantation',
    page: '/topics/liver-transplantation/',
    why: 'the transplantation topic: selection criteria (Van Vilsteren), the French registry and survival after transplantation',
  },
  {
    query: 'Ki67',
    page: '/studies/ki67-pooled-series/',
    why: 'the pooled analysis of 4 series testing the Ki67 index (split at 2%) as a prognostic factor after transplantation: its outcomes by Ki67 group with sources',
  },
  {
    query: 'RFA morbidity',
    page: '/topics/ablation/',
    why: 'the ablation topic sums up the safety of radiofrequency ablation across the series (morbidity 5%, limits by size and distance to bile ducts) and links each series',
  },
  {
    query: 'peptide receptor radionuclide',
    page: '/questions/debulking-surgery/',
    why: 'the only page that says what the evidence is on PRRT against surgery: PRRT is a comparator of Question 2, and the review finds no study comparing R2 resection with it',
  },
  {
    query: 'future liver remnant',
    page: '/topics/future-liver-remnant/',
    why: 'the topic on the minimum remnant (20% normal liver, 30-40% with underlying disease) and how it is assessed',
  },
  {
    query: 'carcinoid heart',
    page: '/topics/staging-and-work-up/',
    why: 'the work-up topic: cardiac assessment before surgery in carcinoid syndrome, because carcinoid heart disease can make resection unsafe',
  },
  {
    query: 'synchronous',
    page: '/questions/sequencing-primary-and-metastases/',
    why: 'Question 4 is about synchronous primary and liver metastases: which to resect first, or both in one operation',
  },
  {
    query: 'TACE',
    page: '/topics/intra-arterial-therapies/',
    why: 'the intra-arterial therapies topic: TAE, TACE and SIRT, their response rates and how they compare with resection',
  },
];
