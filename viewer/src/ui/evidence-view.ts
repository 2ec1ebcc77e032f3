/** Evidence sentences as DOM: the two entities and the trigger marked, every piece inserted as text. */
import { segmentEvidence } from '../evidence.js';
import { shortName } from '../names.js';
import { safeHttpUrl } from '../sanitize.js';
import type { ArticleInfo, EvidenceInfo } from '../types.js';
import { h } from './dom.js';

const MARK_TITLE = { source: 'source entity', target: 'target entity', trigger: 'trigger' } as const;

/** An article reference: a link when the article has an http(s) URL, plain text otherwise. */
export function articleReference(article: ArticleInfo | undefined, id: string): HTMLElement {
  const title = shortName(article?.title || id);
  const url = safeHttpUrl(article?.url);
  const date = article?.date ? ` (${article.date})` : '';
  if (url) {
    return h('span', { class: 'article' }, [h('a', { attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } }, [title]), date]);
  }
  return h('span', { class: 'article' }, [title, date]);
}

/** One evidence sentence with its marks and its article. */
export function evidenceItem(evidence: EvidenceInfo, articles: Map<string, ArticleInfo>): HTMLElement {
  const sentence = h('span', { class: 'sentence' }, segmentEvidence(evidence).map((piece) =>
    piece.mark === null
      ? piece.text
      : h('mark', { class: `mark-${piece.mark}`, attrs: { title: MARK_TITLE[piece.mark] } }, [piece.text])));
  return h('li', { class: 'evidence' }, [sentence, ' — ', articleReference(articles.get(evidence.article), evidence.article)]);
}

/** A list of evidence sentences; beyond `shown`, the rest sit in a <details>. */
export function evidenceList(evidence: EvidenceInfo[], articles: Map<string, ArticleInfo>, shown: number): HTMLElement {
  if (evidence.length === 0) return h('p', { class: 'muted' }, ['No evidence sentence recorded.']);
  const first = h('ul', { class: 'evidence-list' }, evidence.slice(0, shown).map((item) => evidenceItem(item, articles)));
  if (evidence.length <= shown) return first;
  const more = h('details', { class: 'more-evidence' }, [
    h('summary', {}, [`${evidence.length - shown} more sentence(s)`]),
    h('ul', { class: 'evidence-list' }, evidence.slice(shown).map((item) => evidenceItem(item, articles))),
  ]);
  return h('div', {}, [first, more]);
}
