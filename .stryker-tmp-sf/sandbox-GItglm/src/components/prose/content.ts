// @ts-nocheck
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

/** Our prose, written in MDX under content/: question discussions and topic pages, keyed by file name. */
type MdxModule = { default: AstroComponentFactory };
const questions = import.meta.glob<MdxModule>('/content/questions/*.mdx', { eager: true });
const topics = import.meta.glob<MdxModule>('/content/topics/*.mdx', { eager: true });

const pick = (all: Record<string, MdxModule>, folder: string, id: string) => all[`/content/${folder}/${id}.mdx`]?.default;

export const questionProse = (id: string) => pick(questions, 'questions', id);
export const topicProse = (slug: string) => pick(topics, 'topics', slug);
