import { placeMentions } from './placeMentions.js';

// 在泉州市委、市政府的坚强领导下; 在禄丰县委、县人民政府的统一领导下: the bodies a report says lead it.
const LED_BY = /在([^，,。；;\n]{2,72}?(?:领导|指导|部署|支持))下/gu;

/**
 * The places whose government a text says leads its issuer (在泉州市委、市政府的坚强领导下 → 泉州市): a
 * government reports being led by its Party committee alone (在市委的坚强领导下), so a place whose 政府 leads
 * is a superior, never the issuer itself — a county-level city's report that names its prefecture more often
 * than itself is still the county-level city's. Names as written (pure).
 */
export function leadingPlaces(text: string): Set<string> {
  const places = new Set<string>();
  for (const match of text.matchAll(LED_BY)) {
    const leaders = match[1] ?? '';
    if (!/政府|行署|行政公署/u.test(leaders)) continue;
    for (const mention of placeMentions(leaders)) places.add(mention.written);
  }
  return places;
}
