/** generateCorpus: seeded synthetic Chinese news articles with many distinct organisations, for benchmarks. */
import seedrandom from 'seedrandom';
import {
  BRAND_FIRST, BRAND_SECOND, CITIES, CITY_BODIES, COMPANY_GROUP_NOUNS, COMPANY_INDUSTRIES, COMPANY_SUFFIXES, DISTRICTS, FIELDS,
  FILLERS, GIVEN_CHARS, INSTITUTE_SUFFIXES, NATIONAL_BODIES, PERSON_TITLES, POLICY_PATTERNS, PRODUCT_HEADS, SCENARIOS, SURNAMES,
  UNIVERSITIES, ZONE_SUFFIXES,
} from './vocabulary.js';

/** Options of generateCorpus. */
export interface SynthOptions {
  articles: number;
  seed: string;
  /** Share of articles that repeat an earlier article's text under a new id (reposts). Default 0.01. */
  duplicateRate?: number;
  /** Average article length in characters (default 850, about 2.5 kB of UTF-8). */
  articleChars?: number;
}

/** One JSONL record, as `kg build` reads it. */
export interface SynthArticle {
  id: string;
  title: string;
  date: string;
  url: string;
  text: string;
}

type Rng = () => number;

export const DEFAULT_SYNTH = { duplicateRate: 0.01, articleChars: 850 } as const;

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
/** An index in [0, size) with probability ∝ 1/(k+1): a few hubs, a long tail. */
const zipf = (rng: Rng, size: number): number => Math.min(size - 1, Math.floor(Math.exp(rng() * Math.log(size + 1))) - 1);
const weighted = (rng: Rng, list: ReadonlyArray<readonly [string, number]>): string => {
  let r = rng() * list.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of list) if ((r -= w) < 0) return value;
  return list[list.length - 1][0];
};

/** Entity pools: entity k of a kind is a pure function of (seed, kind, k), so names stay stable whatever else is drawn. */
class Pools {
  private readonly cache = new Map<string, string>();
  constructor(private readonly seed: string, readonly size: number) {}

  private named(kind: string, k: number, make: (rng: Rng) => string): string {
    const key = `${kind}:${k}`;
    let name = this.cache.get(key);
    if (name === undefined) this.cache.set(key, (name = make(seedrandom(`${this.seed}\u0000${key}`))));
    return name;
  }
  /** City of entity k: entities are spread over cities round-robin, so an article can favour its own city. */
  cityOf(k: number): string {
    return CITIES[k % CITIES.length];
  }
  brand(k: number): string {
    return this.named('brand', k, (rng) => pick(rng, BRAND_FIRST) + pick(rng, BRAND_SECOND));
  }
  /** Full company name and its short form: 苏州华芯生物科技有限公司 / 华芯生物. */
  company(k: number): { full: string; short: string } {
    const brand = this.brand(k);
    const industry = this.named('industry', k, (rng) => pick(rng, COMPANY_INDUSTRIES));
    const suffix = this.named('companySuffix', k, (rng) => weighted(rng, COMPANY_SUFFIXES));
    const district = this.named('companyDistrict', k, (rng) => (rng() < 0.2 ? pick(rng, DISTRICTS) : ''));
    return { full: `${this.cityOf(k)}${district}${brand}${industry}${suffix}`, short: `${brand}${industry}` };
  }
  institute(k: number): string {
    return this.named('institute', k, (rng) => {
      const field = pick(rng, FIELDS);
      const r = rng();
      if (r < 0.35) return `${pick(rng, UNIVERSITIES)}${field}${pick(rng, ['重点实验室', '研究院', '研究中心'])}`;
      if (r < 0.55) return `中国科学院${this.cityOf(k)}${field}研究所`;
      if (r < 0.8) return `${this.cityOf(k)}${field}${pick(rng, INSTITUTE_SUFFIXES)}`;
      return `${this.brand(k + 7919)}${field}${pick(rng, ['研究院', '实验室'])}`;
    });
  }
  zone(k: number): string {
    return this.named('zone', k, (rng) => `${this.cityOf(k)}${rng() < 0.5 ? pick(rng, DISTRICTS) : ''}${pick(rng, ZONE_SUFFIXES)}`);
  }
  cluster(k: number): string {
    return this.named('cluster', k, (rng) =>
      rng() < 0.6 ? `${this.cityOf(k)}${pick(rng, FIELDS)}产业集群` : `${this.cityOf(k)}${pick(rng, ['药', '芯', '光', '数', '智', '氢', '星'])}谷`,
    );
  }
  product(k: number): string {
    return this.named('product', k, (rng) => {
      const head = pick(rng, PRODUCT_HEADS);
      const name = pick(rng, BRAND_FIRST) + pick(rng, BRAND_SECOND) + (rng() < 0.5 ? String(1 + Math.floor(rng() * 9)) + '号' : '');
      return rng() < 0.5 ? `“${name}”${head}` : `${name}${head}`;
    });
  }
  policy(k: number, place: string): string {
    return this.named('policy', k, (rng) => pick(rng, POLICY_PATTERNS).replace('{place}', place).replace('{field}', pick(rng, FIELDS)));
  }
  person(k: number): string {
    return this.named('person', k, (rng) => pick(rng, SURNAMES) + pick(rng, GIVEN_CHARS) + (rng() < 0.6 ? pick(rng, GIVEN_CHARS) : ''));
  }
}

/** The entities one article talks about: mostly from its home city. */
interface Cast {
  city: string;
  zone: string;
  field: string;
  field2: string;
  companies: Array<{ full: string; short: string }>;
  institutes: string[];
  products: string[];
  cluster: string;
  policy: string;
  person: string;
  gov: string;
  scenario: string;
}

function castFor(rng: Rng, pools: Pools): Cast {
  const n = pools.size;
  const home = zipf(rng, CITIES.length);
  const city = CITIES[home];
  // Index k of a kind in the home city: k ≡ home (mod cities), popularity by zipf.
  const local = (size: number) => home + CITIES.length * zipf(rng, Math.max(1, Math.ceil(size / CITIES.length)));
  const anyOrLocal = (size: number) => (rng() < 0.7 ? local(size) : zipf(rng, size));
  const companies = Array.from({ length: 5 + Math.floor(rng() * 6) }, () => pools.company(anyOrLocal(3 * n)));
  return {
    city,
    zone: pools.zone(local(Math.max(CITIES.length * 3, n / 4))),
    field: pick(rng, FIELDS),
    field2: pick(rng, FIELDS),
    companies: [...new Map(companies.map((c) => [c.full, c])).values()],
    institutes: Array.from({ length: 1 + Math.floor(rng() * 3) }, () => pools.institute(anyOrLocal(Math.max(60, n / 2)))),
    products: Array.from({ length: 1 + Math.floor(rng() * 2) }, () => pools.product(Math.floor(rng() * 4 * n))),
    cluster: pools.cluster(local(Math.max(CITIES.length * 2, n / 5))),
    policy: pools.policy(local(Math.max(CITIES.length, n / 2)), rng() < 0.5 ? `${city}市` : city),
    person: pools.person(zipf(rng, Math.max(40, n / 2))),
    gov: rng() < 0.8 ? city + pick(rng, CITY_BODIES) : pick(rng, NATIONAL_BODIES),
    scenario: pick(rng, SCENARIOS),
  };
}

/** Sentence templates over a cast; each returns one or more sentences. */
const TEMPLATES: Array<(c: Cast, rng: Rng, fill: (s: string) => string) => string> = [
  (c, _, f) => f(`近日，${c.gov}印发《${c.policy}》，提出到{year}年${c.field}产业规模突破{n}亿元。`),
  (c, rng) => `${c.zone}集聚了${list(c.companies.slice(0, 3 + Math.floor(rng() * 2)).map((x) => x.short))}等${pick(rng, COMPANY_GROUP_NOUNS)}，${c.field}产业集群初具规模。`,
  (c) => `${c.companies[0].full}自主研发的${c.products[0]}获得国家药品监督管理局批准上市，成为国内首个同类产品。`,
  (c) => `${c.companies[1 % c.companies.length].full}与${c.institutes[0]}签署战略合作协议，双方将在${c.field2}领域开展联合攻关。`,
  (c, _, f) => f(`依托${c.institutes[c.institutes.length - 1]}建设的${c.cluster}已吸引{n}家企业入驻。`),
  (c, _, f) => f(`${c.companies[2 % c.companies.length].full}位于${c.zone}，专注于${c.field}领域，去年营业收入达到{n}亿元。`),
  (c) => `以${c.companies[0].short}为龙头，${c.zone}培育了一批${c.field}企业。`,
  (c, rng) => `“${c.zone}将继续围绕${c.field}布局一批重大项目。”${c.person}${pick(rng, PERSON_TITLES)}说。`,
  (c) => `${c.companies[3 % c.companies.length].short}在${c.zone}发布了${c.products[c.products.length - 1]}。`,
  (c, _, f) => f(`${c.gov}相关负责人介绍，${c.city}已建成{n}个${c.scenario}应用场景。`),
  (c, _, f) => f(`${c.cluster}位于${c.zone}，目前已集聚上下游企业{n}余家。`),
  (c, _, f) => {
    const x = c.companies[4 % c.companies.length];
    return f(`${x.full}（以下简称“${x.short}”）成立于{year0}年，是一家专注于${c.field2}的国家级高新技术企业。`);
  },
  (c) => `以${list(c.companies.slice(-2).map((x) => x.short))}为代表的${c.field}企业加速集聚，${c.city}正在打造${c.field}创新高地。`,
  (c, rng) => `${c.person}${pick(rng, PERSON_TITLES)}一行到${c.companies[c.companies.length - 1].short}调研，详细了解${c.field}项目进展。`,
  (c) => `${c.institutes[0]}与${c.companies[0].short}联合推出的${c.products[0]}已在${c.scenario}等场景落地应用。`,
];

function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function list(names: string[]): string {
  return names.join('、');
}

function makeFill(rng: Rng): (s: string) => string {
  return (s) =>
    s
      .replace(/\{n\}/g, () => String(2 + Math.floor(rng() * 300)))
      .replace(/\{p\}/g, () => (1 + rng() * 20).toFixed(1))
      .replace(/\{year0\}/g, () => String(2005 + Math.floor(rng() * 18)))
      .replace(/\{year\}/g, () => String(2025 + Math.floor(rng() * 6)));
}

/** One article: a lead, then entity sentences and fillers in paragraphs of 2–4 sentences, until about `chars` characters. */
function makeArticle(rng: Rng, pools: Pools, chars: number): { title: string; text: string } {
  const cast = castFor(rng, pools);
  const fill = makeFill(rng);
  const target = chars * (0.6 + 0.8 * rng());
  const templates = shuffled(rng, TEMPLATES);
  const fillers = shuffled(rng, FILLERS);
  const sentences: string[] = [];
  let length = 0;
  for (let i = 0, t = 0, f = 0; length < target && i < 200; i++) {
    // Each template and filler at most once per article until all are used.
    const s = rng() < 0.35 ? fill(fillers[f++ % fillers.length]) : templates[t++ % templates.length](cast, rng, fill);
    sentences.push(s);
    length += s.length;
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    const size = 2 + Math.floor(rng() * 3);
    paragraphs.push(sentences.slice(i, i + size).join(''));
    i += size;
  }
  const title = pick(rng, [
    `${cast.city}：${cast.field}产业跑出“加速度”`,
    `${cast.zone}打造${cast.field}创新高地`,
    `${cast.companies[0].short}：深耕${cast.field}赛道`,
    `${cast.city}加快培育${cast.field}新质生产力`,
  ]);
  return { title, text: paragraphs.join('\n') };
}

/** Generates `articles` records, deterministic for a seed: same options, same records. */
export function* generateCorpus(options: SynthOptions): Generator<SynthArticle> {
  const { articles, seed } = options;
  const duplicateRate = options.duplicateRate ?? DEFAULT_SYNTH.duplicateRate;
  const chars = options.articleChars ?? DEFAULT_SYNTH.articleChars;
  if (!Number.isInteger(articles) || articles < 0) throw new RangeError(`articles must be a whole number ≥ 0, got ${articles}`);
  if (typeof seed !== 'string' || seed === '') throw new RangeError('seed must be a non-empty string');
  if (!(duplicateRate >= 0 && duplicateRate < 1)) throw new RangeError(`duplicateRate must be in [0, 1), got ${duplicateRate}`);
  if (!(chars >= 50)) throw new RangeError(`articleChars must be ≥ 50, got ${chars}`);
  const pools = new Pools(seed, Math.max(articles, 1));
  const width = Math.max(5, String(articles).length);
  const recent: Array<{ title: string; text: string }> = [];
  const start = Date.UTC(2023, 0, 1);
  for (let i = 0; i < articles; i++) {
    const rng = seedrandom(`${seed}\u0000article\u0000${i}`);
    const repost = recent.length > 0 && rng() < duplicateRate;
    const body = repost ? recent[Math.floor(rng() * recent.length)] : makeArticle(rng, pools, chars);
    if (!repost) {
      recent.push(body);
      if (recent.length > 64) recent.shift();
    }
    const id = `synth-${String(i).padStart(width, '0')}`;
    const date = new Date(start + Math.floor(rng() * 3 * 365) * 86_400_000).toISOString().slice(0, 10);
    yield { id, title: body.title, date, url: `https://news.example.cn/${date.replace(/-/g, '/')}/${id}.html`, text: body.text };
  }
}
