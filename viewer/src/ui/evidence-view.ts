/** Evidence sentences as DOM: the two entities and the trigger marked, every piece inserted as text. */
import { segmentEvidence, segmentSharedEvidence, type SentencePiece } from '../evidence.js';
import { cutName, shortName } from '../names.js';
import { safeHttpUrl } from '../sanitize.js';
import type { ArticleInfo, EvidenceInfo } from '../types.js';
import { h } from './dom.js';
import { pagedList } from './paged-list.js';

const MARK_TITLE = { source: 'source entity', target: 'target entity', trigger: 'trigger' } as const;

/** Characters of an evidence sentence shown; marks past the cut are dropped with the rest. */
const SENTENCE_DISPLAY_LENGTH = 1000;

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
  return sentenceItem(evidence, articles, segmentEvidence);
}

/** One sentence stating several relations (the same article and sentence in each), every entity of them marked. */
export function sharedEvidenceItem(evidence: EvidenceInfo[], articles: Map<string, ArticleInfo>): HTMLElement {
  // segmentSharedEvidence reads the text of the first item only: the one sentenceItem may have cut.
  return sentenceItem(evidence[0]!, articles, (first) => segmentSharedEvidence([first, ...evidence.slice(1)]));
}

function sentenceItem(evidence: EvidenceInfo, articles: Map<string, ArticleInfo>, segment: (shown: EvidenceInfo) => SentencePiece[]): HTMLElement {
  const cut = evidence.text.length > SENTENCE_DISPLAY_LENGTH;
  const shown = cut ? { ...evidence, text: cutName(evidence.text, SENTENCE_DISPLAY_LENGTH) } : evidence;
  const sentence = h('span', { class: 'sentence' }, [...segment(shown).map((piece) =>
    piece.mark === null
      ? piece.text
      : h('mark', { class: `mark-${piece.mark}`, attrs: { title: MARK_TITLE[piece.mark] } }, [piece.text])), cut ? '…' : null]);
  return h('li', { class: 'evidence' }, [sentence, ' — ', articleReference(articles.get(evidence.article), evidence.article)]);
}

/** A list of evidence sentences, drawn a page at a time; beyond `shown` (when given), the rest sit in a <details>. */
export function evidenceList(evidence: EvidenceInfo[], articles: Map<string, ArticleInfo>, shown?: number): HTMLElement {
  if (evidence.length === 0) return h('p', { class: 'muted' }, ['No evidence sentence recorded.']);
  const list = (items: EvidenceInfo[]) => pagedList(h('ul', { class: 'evidence-list' }), items.length, (i) => evidenceItem(items[i]!, articles));
  if (shown === undefined || evidence.length <= shown) return list(evidence);
  const more = h('details', { class: 'more-evidence' }, [
    h('summary', {}, [`${evidence.length - shown} more sentence(s)`]),
    list(evidence.slice(shown)),
  ]);
  return h('div', {}, [list(evidence.slice(0, shown)), more]);
}
