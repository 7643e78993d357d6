/** What a report says about itself: who issued it, where, for which year. */
export interface ReportMeta {
  /** Stable id, derived from the content hash of the source file (first 12 hex chars). */
  id: string;
  /** Report title as printed, or a title composed from the issuer and year when the report has none. */
  title: string;
  /** True when the report prints no title and `title` was composed from its issuer and year. */
  titleInferred?: boolean;
  /** Issuing body, e.g. 福州市工业和信息化局. */
  org: string;
  /** Region the issuer governs, most general first, e.g. ["福建省", "泉州市", "鲤城区"]; may be empty. */
  region: string[];
  /** GB/T 2260 code of each `region` name ('' for a name without one, such as a development zone). */
  regionCodes?: string[];
  /** Level of the issuer: a government's tier, or `department` (of the government `departmentOf` names). */
  level?: 'province' | 'city' | 'county' | 'township' | 'department';
  /** For a department: the tier of the government it belongs to. */
  departmentOf?: 'province' | 'city' | 'county' | 'township';
  /** The year the report covers (not the year it was issued); null when unknown. */
  year: number | null;
  /** Document number such as 狮政综〔2024〕8号, when printed. */
  docNumber?: string;
  /** Issue date as YYYY-MM-DD, when printed. */
  date?: string;
  /** The web page's 来源 (source) field, when the report was saved from one. */
  pageSource?: string;
  /** The web page's publication date as YYYY-MM-DD, when printed. */
  published?: string;
  /** File name the report was read from (within seeds/ or as uploaded). */
  sourceFile: string;
  /** The web page (or file) address the report was fetched from, when added by link; kept in `meta_json`. */
  sourceUrl?: string;
  /** Fields an admin gave at ingest (they win over what the document says, also when it is parsed again). */
  given?: Array<'org' | 'year' | 'region' | 'title'>;
  /** Script of the report's own text: quotes keep it. */
  script: 'simplified' | 'traditional';
}

/** A quotable unit of a report: a paragraph or one item of a long paragraph. */
export interface Passage {
  /** `${reportId}:${ordinal}`. */
  id: string;
  reportId: string;
  /** Position within the report, from 0, in reading order. */
  ordinal: number;
  /** Headings above the passage, outermost first, e.g. ["一、政府职能依法全面履行", "（一）加大简政放权力度"]. */
  section: string[];
  /** The report's own words, cleaned (no page breaks, glosses or mojibake), in the report's script. */
  text: string;
}

/** A report after cleaning: metadata and its passages in reading order. */
export interface ParsedReport {
  meta: ReportMeta;
  passages: Passage[];
  /** Notes about repairs made while cleaning (e.g. a broken character marked), for logs. */
  warnings: string[];
}
