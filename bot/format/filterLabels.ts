import type { FilterLabel } from '../../prompts/index.js';
import type { ReportFilter } from '../../retrieval/index.js';

/**
 * The filters an answer was narrowed by, as the labels its filter buttons carry (the places together, in the
 * question's order, then tier, kind and year), so a header can say what it shows (pure). Empty for an unfiltered answer;
 * `below` (各区, 下辖) is part of the question's wording, not a label.
 */
export function filterLabels(filter: ReportFilter | undefined): FilterLabel[] {
  if (!filter) return [];
  return [
    // Several places read as one label (仅鲤城区、石狮市), not one "only" per place.
    ...(filter.places?.length ? [{ field: 'place', value: filter.places.map((place) => place.name).join('、') } as const] : []),
    ...(filter.tier ? [{ field: 'tier', value: filter.tier } as const] : []),
    ...(filter.kind ? [{ field: 'kind', value: filter.kind } as const] : []),
    ...(filter.year !== undefined ? [{ field: 'year', value: filter.year } as const] : []),
  ];
}
