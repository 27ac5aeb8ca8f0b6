/** Closed vocabularies shared by the schemas, the site and the downloads. */
// @ts-nocheck

import { z } from 'zod';

/** The five source documents, identified by their file name in ../shared/seeds/. */
export const sourceIds = [
  '000_5eb2e9ef7cfb55fc.txt',
  '001_3934f534aec4b2ba.txt',
  '002_d622ce3ae3df28fb.txt',
  '003_362e3b74ff06da67.txt',
  '004_3f1b4d3cd350fd36.txt',
] as const;
export const SourceId = z.enum(sourceIds).describe('File name of the source document in shared/seeds/');

export const sourceKinds = ['systematic-review', 'narrative-review', 'editorial', 'conference-abstract'] as const;
export const SourceKind = z.enum(sourceKinds).describe('Kind of publication');

/** What a number measures. */
export const measures = [
  'overall-survival',
  'progression-free-survival',
  'recurrence-free-survival',
  'recurrence',
  'local-recurrence',
  'new-lesions',
  'time-to-recurrence',
  'morbidity',
  'major-complications',
  'mortality',
  'symptom-response',
  'tumour-response',
  'disease-control',
  'cytoreduction-achieved',
  'concurrent-primary-resection',
  'lesions-treated',
  'procedure-share',
] as const;
export const Measure = z.enum(measures).describe('What the number measures');

/** Which summary statistic a value is. Different statistics never share a column unlabeled. */
export const statistics = ['median', 'mean', 'landmark', 'proportion', 'count'] as const;
export const Statistic = z
  .enum(statistics)
  .describe('Summary statistic: median or mean time, landmark % at a time point, proportion %, or count');

export const units = ['months', 'years', 'percent', 'patients', 'lesions', 'sessions'] as const;
export const Unit = z.enum(units).describe('Unit of the value');

/** Treatment categories used to group and filter arms. */
export const treatments = [
  'liver-resection',
  'liver-resection-with-ablation',
  'cytoreduction',
  'liver-directed-surgery',
  'ablation',
  'embolization',
  'tace',
  'radioembolization',
  'intra-arterial-therapy',
  'systemic-chemotherapy',
  'somatostatin-analogue',
  'placebo',
  'conservative',
  'no-liver-resection',
  'liver-transplantation',
  'mixed',
] as const;
export const Treatment = z.enum(treatments).describe('Treatment category of a group');

export const groupRoles = ['arm', 'subgroup', 'whole-cohort', 'external-comparator'] as const;
export const GroupRole = z
  .enum(groupRoles)
  .describe('arm: a treatment group compared in the study; subgroup: a split of the cohort; whole-cohort; external-comparator (e.g. SEER)');

export const designs = [
  'retrospective-comparative-cohort',
  'retrospective-case-series',
  'propensity-matched-cohort',
  'multicentre-registry',
  'pooled-analysis',
  'randomised-controlled-trial',
  'population-registry',
] as const;
export const Design = z.enum(designs).describe('Study design as the source describes it');

/** GRADE certainty as the review grades it; "no-evidence" where it says "nil". */
export const certainties = ['high', 'moderate', 'low', 'very-low', 'no-evidence'] as const;
export const Certainty = z.enum(certainties).describe('GRADE certainty of evidence');

/** How far a citation field was checked (see shared/seeds/citations.md). */
export const verificationStatuses = ['seen', 'secondary', 'from-url', 'unverified'] as const;
export const VerificationStatus = z
  .enum(verificationStatuses)
  .describe('seen: on the record itself; secondary: in another paper; from-url: read from a matching address; unverified: not checked');

export const topicSlugs = [
  'debulking-thresholds',
  'future-liver-remnant',
  'ablation',
  'resection-plus-ablation',
  'liver-transplantation',
  'intra-arterial-therapies',
  'systemic-therapy',
  'primary-tumour-and-extrahepatic-disease',
  'staging-and-work-up',
] as const;
export const TopicSlug = z.enum(topicSlugs).describe('Topic page slug');
