// `石狮市人民政府关于2023年度…`, `福州市工业和信息化局2024年…`: the issuer comes before 关于 or the year.
const TITLE_ISSUER = /^(.+?)(?:关于|\d{4}\s*年)/u;
// `石狮市人民政府文件`: the letterhead line.
const LETTERHEAD = /^(.+?)文件$/u;

// How a report refers to its issuer, and how the issuer's name ends.
const SELF_REFERENCES: ReadonlyArray<[self: RegExp, suffix: string]> = [
  [/我局|本局/u, '局'],
  [/我委|本委/u, '委员会'],
  [/我办|本办/u, '办公室'],
];

/** The issuer named at the start of a title (simplified), or undefined. */
export function issuerFromTitle(title: string): string | undefined {
  const issuer = TITLE_ISSUER.exec(title)?.[1]?.trim();
  return issuer && issuer.length >= 4 ? issuer : undefined;
}

/** The issuer of a letterhead line such as 石狮市人民政府文件, or undefined. */
export function issuerFromLetterhead(line: string): string | undefined {
  return LETTERHEAD.exec(line)?.[1]?.trim();
}

/**
 * The issuer of a report without a title, from its own (simplified) text: when it calls itself 我局,
 * the place-named 局 it names most often (清远市工业和信息化局 in 《清远市工业和信息化局…》).
 */
export function inferIssuer(text: string): string | undefined {
  const self = SELF_REFERENCES.find(([pattern]) => pattern.test(text));
  if (!self) return undefined;
  const suffix = self[1];
  const candidate = new RegExp(`\\p{Script=Han}{2,4}?[省市县区]\\p{Script=Han}{2,12}?${suffix}`, 'gu');
  let best: { name: string; count: number } | undefined;
  for (const [name] of text.matchAll(candidate)) {
    const count = text.split(name).length - 1;
    if (count > (best?.count ?? 0) || (count === best?.count && name.length < best.name.length)) best = { name, count };
  }
  return best?.name;
}
