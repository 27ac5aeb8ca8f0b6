/** Components MDX prose may use; passed to <Content components={proseComponents} />. */
// @ts-nocheck

import Abbr from '../glossary/Abbr.astro';
import A from './A.astro';
import Fact from './Fact.astro';
import FactLabel from './FactLabel.astro';
import N from './N.astro';
import O from './O.astro';
import P from './P.astro';
import StudyLink from './StudyLink.astro';
import V from './V.astro';

export const proseComponents = { a: A, Abbr, Fact, FactLabel, N, O, P, StudyLink, V };
