/** Words by which a question asks about several places at once. */
const MANY_PLACES = /各地|各个地方|多地|哪些地方|哪些地区|各区|各县|各市|各部门|各单位|各级|分别|对比|比较|异同/u;

/**
 * True when the question asks how several places or bodies handle something. Read on the question as searched:
 * an English question's glossary words come first, and the glossary says "different places", "each city",
 * "across the country" with these same words (englishGlossary.ts), so it reads as its Chinese twin.
 */
export function asksAboutManyPlaces(normalizedQuery: string): boolean {
  return MANY_PLACES.test(normalizedQuery);
}
