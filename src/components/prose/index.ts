/** Components MDX prose may use; passed to <Content components={proseComponents} />. */
import Abbr from '../glossary/Abbr.astro';
import Fact from './Fact.astro';
import N from './N.astro';
import P from './P.astro';
import StudyLink from './StudyLink.astro';
import V from './V.astro';

export const proseComponents = { Abbr, Fact, N, P, StudyLink, V };
