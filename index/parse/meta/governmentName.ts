import type { Division } from './divisions.js';

/**
 * How the name of a place's government ends: 人民政府 (provinces to townships), 办事处 (a street office,
 * 街道办事处), 行政公署 or 行署 (the government of a 地区 or 盟, which has no people's congress and so no
 * 人民政府: 阿里地区行政公署, 锡林郭勒盟行政公署).
 */
export const GOVERNMENT_END = /(?:人民政府|政府|办事处|行政公署|行署)$/u;

/**
 * The government of a place as named (`written`, e.g. 霞浦县, 留下街道, 兴安盟, 阿里地区), with the division
 * the dataset holds for it when known: 霞浦县人民政府, 留下街道办事处, 兴安盟行政公署, 阿里地区行政公署.
 * A 盟 or 地区 takes 行政公署 from its name or its division (a prefecture whose name ends so).
 */
export function governmentName(written: string, division?: Division): string {
  if (/街道$/u.test(written)) return `${written}办事处`;
  const prefecture = division === undefined ? /(?:盟|地区)$/u.test(written) : division.tier === 'city' && /(?:盟|地区)$/u.test(division.name);
  return prefecture ? `${written}行政公署` : `${written}人民政府`;
}
