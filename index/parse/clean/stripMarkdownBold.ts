/** Removes Markdown bold markers (`一是**权责清单实行动态管理**。`) that a converter left in the text. */
export function stripMarkdownBold(text: string): string {
  return text.replace(/\*\*/gu, '');
}
