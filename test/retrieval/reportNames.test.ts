import { describe, expect, it } from 'vitest';
import type { ReportMeta } from '../../index/index.js';
import { ReportNames, reportAliases } from '../../retrieval/analysis/index.js';
import { outermost } from '../../retrieval/analysis/reportNames.js';
import { random } from '../../bench/syntheticCorpus.js';

// The definition the index must reproduce: a scan over every report's aliases, where an alias inside a longer
// one named at the same place of the question does not count.
function namedByScan(normalizedQuery: string, aliasesById: ReadonlyMap<string, readonly string[]>): string[] {
  const query = normalizedQuery.replace(/\s+/g, '');
  const spans: Array<{ start: number; end: number; id: string }> = [];
  for (const [id, aliases] of aliasesById) {
    for (const alias of aliases) {
      if (!alias) continue;
      for (let at = query.indexOf(alias); at >= 0; at = query.indexOf(alias, at + 1)) spans.push({ start: at, end: at + alias.length, id });
    }
  }
  const kept = new Set(outermost(spans).map((s) => s.id));
  return [...aliasesById.keys()].filter((id) => kept.has(id));
}
const mentionedByScan = (place: string, aliasesById: ReadonlyMap<string, readonly string[]>) =>
  [...aliasesById.values()].some((aliases) => aliases.some((a) => a.includes(place) || place.includes(a)));

const CHARS = '安宝昌承崇大德东丰福广海和华嘉建江金锦康乐临龙隆茂明南宁平浦庆瑞三山上韶绍顺泰通威文武西祥新兴阳永玉元云长'.split('');
const PROVINCES = ['福建省', '广东省', '云南省', '内蒙古自治区', '广西壮族自治区'];
const BODIES = ['人民政府', '工业和信息化局', '司法局', '市场监督管理局', '高新技术产业开发区管理委员会', '生态环境局'];

/** Many synthetic reports: cities and counties of a few provinces, governments and departments (deterministic). */
function syntheticMetas(count: number, seed: number): ReportMeta[] {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  return Array.from({ length: count }, (_, k) => {
    const city = `${pick(CHARS)}${pick(CHARS)}市`;
    const county = rnd() < 0.4 ? [`${pick(CHARS)}${pick(CHARS)}${pick(['县', '区'])}`] : [];
    const region = [pick(PROVINCES), city, ...county];
    const org = `${region.at(-1)}${pick(BODIES)}`;
    return { id: `r${k}`, org, region, title: org, year: 2020 + (k % 5), sourceFile: `r${k}.txt`, script: 'simplified' as const };
  });
}

/** Questions built from pieces of the reports' names and common words, so that many name something. */
function questions(metas: readonly ReportMeta[], count: number, seed: number): string[] {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const names = metas.flatMap((m) => reportAliases(m));
  const topics = ['开展了多少次行政检查', '怎么推进法律顾问全覆盖', '工信局受理了多少来信来访', '各地法治政府建设', '市场主体总数', '高新区接待了多少劳动纠纷'];
  return Array.from({ length: count }, () => {
    const parts = [pick(names), pick(topics)];
    if (rnd() < 0.3) parts.unshift(pick(names).slice(0, 2));
    if (rnd() < 0.2) parts.push(`${pick(CHARS)}${pick(CHARS)}`);
    return parts.join(rnd() < 0.2 ? ' ' : '');
  });
}

describe('ReportNames (the index of report names)', () => {
  const metas = syntheticMetas(3000, 7);
  const aliases = new Map(metas.map((m) => [m.id, reportAliases(m)]));
  const names = new ReportNames(aliases);

  it('names the same reports, in the same order, as a scan over every report, on thousands of reports', () => {
    const asked = questions(metas, 400, 11);
    let naming = 0;
    for (const q of asked) {
      const expected = namedByScan(q, aliases);
      if (expected.length > 0) naming++;
      expect(names.named(q), q).toEqual(expected);
    }
    expect(naming).toBeGreaterThan(300); // the comparison is about questions that do name something
  });

  it('says whether a place is mentioned in some name, as the scan does', () => {
    const rnd = random(3);
    const places = [...aliases.values()].flat().slice(0, 500).flatMap((a) => [a, a.slice(1), `${a}${CHARS[Math.floor(rnd() * CHARS.length)]}`, a.slice(0, 1)]);
    places.push('上海市', '浦东新区', '', '某');
    for (const place of places) expect(names.mentions(place), place).toBe(mentionedByScan(place, aliases));
  });

  it('stays equal to the scan after reports are added, renamed and removed', () => {
    const more = syntheticMetas(3500, 8).map((m, k) => ({ ...m, id: `r${k}` }));
    const current = new Map(aliases);
    const index = new ReportNames(current);
    const next = new Map(current);
    for (const m of more.slice(3000)) next.set(m.id, reportAliases(m)); // added
    for (const m of more.slice(0, 200)) next.set(m.id, reportAliases(m)); // renamed: a new alias array
    for (let k = 200; k < 600; k += 2) next.delete(`r${k}`); // removed
    index.update(next);
    for (const q of questions([...metas, ...more], 300, 12)) expect(index.named(q), q).toEqual(namedByScan(q, next));
    for (const place of ['上海市', ...[...next.values()].flat().slice(0, 200)]) expect(index.mentions(place)).toBe(mentionedByScan(place, next));
    const fresh = new ReportNames(next);
    for (const q of questions(more, 100, 13)) expect(index.named(q)).toEqual(fresh.named(q));
  });
});
