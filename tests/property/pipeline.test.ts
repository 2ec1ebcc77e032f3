import { readFileSync } from 'node:fs';
import { DOMParser, onErrorStopParsing } from '@xmldom/xmldom';
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/index.js';
import { InputError } from '../../src/errors.js';
import { toGexf, toGraphJson } from '../../src/export/index.js';
import { buildGraph } from '../../src/graph/index.js';
import { placeInitially } from '../../src/layout/index.js';
import { createLexicon, EMPTY_LEXICON, parseLexicon } from '../../src/lexicon/index.js';
import { extractCorpus, recognizeArticle } from '../../src/pipeline/index.js';
import { readArticles } from '../../src/read/index.js';
import type { Article } from '../../src/types.js';
import { loadFixture } from '../fixtures/load.js';
import { articleText, bigArticleText, fileBytes, fileKind, type FileKind } from './arbitraries.js';

const LEXICON_FILE = new URL('../../graph/lexicon/default.tsv', import.meta.url);
const LEXICON = createLexicon(parseLexicon(readFileSync(LEXICON_FILE, 'utf8'), 'graph/lexicon/default.tsv'));

/** Characters XML 1.0 cannot hold (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

type Files = [FileKind, string[]][];

/** Up to three files of up to three short hostile texts each. */
const smallCorpus: fc.Arbitrary<Files> = fc.array(fc.tuple(fileKind, fc.array(articleText, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 3 });

/** One file holding one big text (a very long line or a huge enumeration). */
const bigCorpus: fc.Arbitrary<Files> = fc.tuple(fileKind, bigArticleText).map(([kind, text]): Files => [[kind, [text]]]);

/** Reads every file; a file readArticles refuses must fail with one InputError line that starts with its path. */
function readAll(input: Files): Article[] {
  const articles: Article[] = [];
  input.forEach(([kind, texts], i) => {
    const path = `in/file${i}.${kind}`;
    try {
      articles.push(...readArticles({ path, relPath: path, bytes: fileBytes(kind, texts) }, { skipBad: true }));
    } catch (error) {
      expect(error, String(error)).toBeInstanceOf(InputError);
      expect((error as Error).message.startsWith(`${path}: `), (error as Error).message).toBe(true);
      expect((error as Error).message).not.toMatch(/[\r\n]/);
    }
  });
  // The texts as given too (as `kg extract` reads stdin: lone surrogates, controls and invisible characters reach
  // every stage), and cleaned.
  input.flatMap(([, texts]) => texts).forEach((text, i) => {
    articles.push({ id: `raw-${i}`, title: text.slice(0, 8), url: null, date: null, source: `raw#${i}`, text });
    articles.push({ id: `clean-${i}`, title: '', url: null, date: null, source: `clean#${i}`, text: cleanText(text).text });
  });
  return articles;
}

/** Parses XML strictly: any error or fatal error throws. */
function parseXml(xml: string): Document {
  return new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, 'application/xml') as unknown as Document;
}

async function validateGexfs(xmls: string[]) {
  return validateXML({
    xml: xmls.map((contents, i) => ({ fileName: `case-${i}.gexf`, contents })),
    schema: [{ fileName: 'gexf.rng', contents: loadFixture<string>('gexf-1.3/gexf.rng') }],
    preload: [
      { fileName: 'viz.rng', contents: loadFixture<string>('gexf-1.3/viz.rng') },
      { fileName: 'dynamics.rng', contents: loadFixture<string>('gexf-1.3/dynamics.rng') },
    ],
    extension: 'relaxng',
  });
}

/**
 * Runs the whole pipeline on every generated corpus and checks what a user would: nothing throws, offsets point at
 * their text, the GEXF is well-formed and schema-valid with the graph's counts, graph.json round-trips.
 */
async function checkPipeline(corpora: fc.Arbitrary<Files>, seed: number, numRuns: number): Promise<void> {
  const cases: { input: Files; xml: string }[] = [];
  let nonEmpty = 0;
  fc.assert(
    fc.property(corpora, fc.boolean(), (input, useLexicon) => {
      // 1. Read, recognise, resolve, relate, build, place, serialise: nothing may throw.
      const lexicon = useLexicon ? LEXICON : EMPTY_LEXICON;
      const articles = readAll(input);
      const { corpus, extractions } = extractCorpus(articles.map((article) => recognizeArticle(article, lexicon)), lexicon);
      const graph = buildGraph(corpus);
      placeInitially(graph);
      const xml = toGexf(graph);
      const json = toGraphJson(graph);
      if (graph.order > 0) nonEmpty++;

      // 2. Every mention and every evidence sentence is the text at its offsets.
      for (const { article, mentions, relations } of extractions) {
        for (const m of mentions) expect(article.text.slice(m.start, m.end), `mention in ${article.id}`).toBe(m.text);
        for (const { evidence: e } of relations) expect(article.text.slice(e.start, e.end), `evidence in ${article.id}`).toBe(e.text);
      }

      // 3. GEXF: no character XML 1.0 forbids, strict parse, same counts, and graphology-gexf reads it back.
      expect(XML_ILLEGAL.test(xml)).toBe(false);
      const doc = parseXml(xml);
      expect(doc.getElementsByTagName('node').length).toBe(graph.order);
      expect(doc.getElementsByTagName('edge').length).toBe(graph.size);
      const fromGexf = parseGexf(MultiDirectedGraph, xml, { respectInputGraphType: true });
      expect([fromGexf.order, fromGexf.size]).toEqual([graph.order, graph.size]);

      // 4. graph.json: graphology imports it into the same graph, which serialises to the same bytes.
      const imported = MultiDirectedGraph.from(JSON.parse(json));
      expect([imported.order, imported.size]).toEqual([graph.order, graph.size]);
      expect(imported.nodes()).toEqual(graph.nodes());
      expect(toGraphJson(imported as typeof graph)).toBe(json);
      cases.push({ input, xml });
    }),
    { seed, numRuns },
  );
  // The generator must reach the graph stages, not only the error paths.
  expect(nonEmpty).toBeGreaterThan(cases.length / 2);

  // 5. Every GEXF validates against the official GEXF 1.3 RELAX NG schema (one xmllint run for all of them).
  const result = await validateGexfs(cases.map((c) => c.xml));
  const failing = result.errors.map((e) => Number(/case-(\d+)/.exec(e.loc?.fileName ?? '')?.[1]));
  expect(result.errors.map((e) => e.rawMessage), failing.length > 0 ? `input: ${JSON.stringify(cases[failing[0]]?.input)}` : '').toEqual([]);
  expect(result.valid).toBe(true);
}

describe('the pipeline on any input', () => {
  it('handles short texts of any Unicode: controls, lone surrogates, emoji, bidi marks, XML and HTML specials', async () => {
    await checkPipeline(smallCorpus, 20_240_605, 40);
  });

  it('handles very long lines and huge enumerations', async () => {
    await checkPipeline(bigCorpus, 8151, 6);
  });
});

describe('lone surrogates in a raw text', () => {
  // jieba would get a lone surrogate as U+FFFD; the tokenizer replaces it first so that offsets stay those of the text.
  it('mention offsets point at their text when the raw text holds a lone surrogate before a U+FFFD', () => {
    const text = '\uD800\u0000\uFFFD滨海新区集聚了一一等龙头企业。';
    const { mentions } = recognizeArticle({ id: 'x', title: '', url: null, date: null, source: 'stdin#1', text }, LEXICON);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
