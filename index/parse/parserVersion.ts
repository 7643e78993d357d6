/**
 * Version of the cleaning and chunking rules. Bump it whenever they change what passages are made:
 * `npm run index` then re-parses every report from its stored text (vectors of unchanged passages are reused).
 * 4: metadata read as a person reads it (issue 8); 5: clauses of an overlong sentence are cut between
 * characters, never inside a surrogate pair; 6: a development zone's management committee is a government one
 * tier below its city, not a department; joint signatures (中共某县委 某县人民政府) and a date on the signature's
 * line are closing lines that name the issuer; a numbered paragraph of one sentence (①…。) is kept as text, and
 * 第一部分 is a top-level heading; a 文号 printed under the title is header, not the first passage; 7: development
 * zones and new areas (河北雄安新区, 平潭综合实验区, 珠海高新区) are read as issuers, placed and ranked (zones.ts),
 * and are not given a 人民政府 they do not have; 8: a space between a Han character and a digit (满意 25 票) is kept
 * in passages and headings, as the report prints it; 9: more kinds of openings read as a person reads them —
 * titles over three lines, cut mid-phrase, under a slogan, starting with their year, quoting the report (a cover
 * letter) or ending in 总结/汇报; 地区/盟 governments are 行政公署 ranked as prefectures; the 兵团 and its 师/团;
 * 我厅, 省政府办公厅, 我委 with a short name, 市司法局 in a title; a place whose government leads the issuer is
 * never it; 我区 weighed between a district and its autonomous region; 东莞市-like prefectures without counties;
 * Chinese-numeral dates under the title or beside the signature, and date lines without a day; Hong Kong and
 * Macao variant forms simplified (衞 → 卫); a year in (2023年度) before a title or without 年, and a date line in
 * November or December dating its own year; an opening sentence's subject read whatever verb follows it.
 */
export const PARSER_VERSION = '9';
