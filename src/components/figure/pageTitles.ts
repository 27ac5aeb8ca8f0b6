import type { Question, Topic } from '../../schemas';
import { dataText, marked, type FigureText } from '../../figures/text';

/** Titles of the site pages a figure can support, as their headings name them (numbers marked, labels from data/). */
const fixed: Record<string, string> = { '/': 'Home', '/questions/': 'Clinical questions', '/methods/': 'Methods', '/topics/': 'Topics' };

/** The title of a site page (a question, a topic or a fixed page) as figure text; an unknown path stops the build. */
export function pageTitle(ev: { questions: Question[]; topics: Topic[] }, path: string): FigureText {
  if (fixed[path]) return [fixed[path]];
  const q = /^\/questions\/([^/]+)\/$/.exec(path);
  const question = q && ev.questions.find((x) => x.id === q[1]);
  if (question) return ['Question ', marked(String(question.number), { v: `questions/${question.id}#/number` }), ': ', dataText(question.title)];
  const t = /^\/topics\/([^/]+)\/$/.exec(path);
  const topic = t && ev.topics.find((x) => x.id === t[1]);
  if (topic) return [dataText(topic.title)];
  throw new Error(`no page title for ${path} (src/components/figure/pageTitles.ts)`);
}
