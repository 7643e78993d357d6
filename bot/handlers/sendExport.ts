import { InputFile } from 'grammy';
import { exportFile, type ExportFormat } from '../../export/index.js';
import type { Hit } from '../../retrieval/index.js';
import type { BotContext } from '../app/context.js';
import type { BotServices } from '../app/services.js';
import type { ShownResult } from '../format/keyboards.js';

/**
 * Sends the passages of an answer page or a comparison (`shown.passageIds`, in the order shown) as an .xlsx or
 * .docx document: one row or paragraph per passage with its source. Returns false when none is still indexed.
 */
export async function sendExport(ctx: BotContext, shown: ShownResult, format: ExportFormat, services: BotServices): Promise<boolean> {
  const standings: string[] = [];
  const hits = shown.passageIds.flatMap((id, i): Hit[] => {
    const context = services.searcher.context(id);
    if (context === undefined) return [];
    const { passage, report, citation } = context;
    standings.push(shown.standings?.[i] ?? '');
    return [{ passage, report, citation, score: 0, quote: { text: passage.text, highlights: [] }, kind: 'practice' }];
  });
  if (hits.length === 0) return false;
  const file = await exportFile(shown.query, hits, format, ctx.t.describeLevel, standings);
  await ctx.replyWithDocument(new InputFile(file.bytes, file.fileName), { caption: ctx.t.exportCaption(file.rows) });
  return true;
}
