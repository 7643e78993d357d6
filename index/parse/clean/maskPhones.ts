// A mainland mobile number (11 digits, 13x–19x) not embedded in a longer number.
const MOBILE = /(?<!\d)(1[3-9]\d)(\d{4})(\d{4})(?!\d)/gu;

/** Masks personal mobile numbers in quoted text: `13788817686` → `137****7686`. */
export function maskPhones(text: string): string {
  return text.replace(MOBILE, (_all, head: string, _middle: string, tail: string) => `${head}****${tail}`);
}
