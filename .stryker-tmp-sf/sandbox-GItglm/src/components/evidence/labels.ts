/** Reader-facing words for the data's closed vocabularies (one place, so every page says the same). */
// @ts-nocheck

import type { designs, groupRoles, measures, sourceKinds, statistics, treatments, verificationStatuses } from '../../schemas';

type Measure = (typeof measures)[number];
type Statistic = (typeof statistics)[number];
type Treatment = (typeof treatments)[number];
type GroupRole = (typeof groupRoles)[number];
type Design = (typeof designs)[number];
type SourceKind = (typeof sourceKinds)[number];
type VerificationStatus = (typeof verificationStatuses)[number];

export const measureLabel: Record<Measure, string> = {
  'overall-survival': 'Overall survival',
  'progression-free-survival': 'Progression-free survival',
  'recurrence-free-survival': 'Recurrence-free survival',
  recurrence: 'Recurrence',
  'local-recurrence': 'Local recurrence',
  'new-lesions': 'New lesions',
  'time-to-recurrence': 'Time to recurrence',
  morbidity: 'Morbidity',
  'major-complications': 'Major complications',
  mortality: 'Mortality',
  'symptom-response': 'Symptom response',
  'tumour-response': 'Tumour response',
  'disease-control': 'Disease control',
  'cytoreduction-achieved': 'Cytoreduction achieved',
  'concurrent-primary-resection': 'Concurrent resection of the primary',
  'lesions-treated': 'Lesions treated',
  'procedure-share': 'Share of procedures',
};

export const statisticLabel: Record<Statistic, string> = {
  median: 'median',
  mean: 'mean',
  landmark: 'at time point',
  proportion: 'proportion',
  count: 'count',
};

export const treatmentLabel: Record<Treatment, string> = {
  'liver-resection': 'Liver resection',
  'liver-resection-with-ablation': 'Liver resection with ablation',
  cytoreduction: 'Cytoreduction (debulking)',
  'liver-directed-surgery': 'Liver-directed surgery',
  ablation: 'Ablation',
  embolization: 'Embolization',
  tace: 'TACE',
  radioembolization: 'Radioembolization',
  'intra-arterial-therapy': 'Intra-arterial therapy',
  'systemic-chemotherapy': 'Systemic chemotherapy',
  'somatostatin-analogue': 'Somatostatin analogue',
  placebo: 'Placebo',
  conservative: 'Conservative',
  'no-liver-resection': 'No liver resection',
  'liver-transplantation': 'Liver transplantation',
  mixed: 'Mixed treatments',
};

export const roleLabel: Record<GroupRole, string> = {
  arm: 'treatment arm',
  subgroup: 'subgroup',
  'whole-cohort': 'whole cohort',
  'external-comparator': 'external comparator',
};

export const designLabel: Record<Design, string> = {
  'retrospective-comparative-cohort': 'Retrospective comparative cohort',
  'retrospective-case-series': 'Retrospective case series',
  'propensity-matched-cohort': 'Propensity-matched cohort',
  'multicentre-registry': 'Multicentre registry',
  'pooled-analysis': 'Pooled analysis',
  'randomised-controlled-trial': 'Randomised controlled trial',
  'population-registry': 'Population registry',
};

export const sourceKindLabel: Record<SourceKind, string> = {
  'systematic-review': 'Systematic review',
  'narrative-review': 'Narrative review',
  editorial: 'Editorial commentary',
  'conference-abstract': 'Conference abstract',
};

export const verificationLabel: Record<VerificationStatus, string> = {
  seen: 'seen on the record',
  secondary: 'seen in another paper (secondary)',
  'from-url': 'read from a matching address',
  unverified: 'not verified',
};
