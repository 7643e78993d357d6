// `npm run ask -- [--top N] [--json] [--stdin] "问题"`: cited passages for a question, from the built index.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { cliBadTop, cliBodyMissing, CLI_STDIN_NEEDS_JSON, CLI_ASK_USAGE, CLI_NOT_FOUND, cliNotFoundIn, CLI_QUERY_PROBLEMS, cliAskTopic, cliNoReportFor, cliYearMismatch } from '../prompts/index.js';
import { answerJson, openSearcher } from '../retrieval/index.js';
import type { Answer, OpenSearcher } from '../retrieval/index.js';
import { readCliEnv } from './cliEnv.js';
import { runCli } from './runCli.js';

/** Most passages one answer may list (the searcher's paging goes no further). */
const MAX_TOP = 50;

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '5' }, json: { type: 'boolean', default: false }, stdin: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  });
  const topK = Number(values.top);
  const badTop = !Number.isInteger(topK) || topK < 1 || topK > MAX_TOP;
  const badStdin = values.stdin && !values.json;
  if (values.help || badTop || badStdin || (!values.stdin && positionals.length === 0)) {
    // Say what was wrong before the usage, so a bad value is not mistaken for a forgotten question.
    if (!values.help && badTop) console.error(cliBadTop(values.top ?? '', MAX_TOP));
    if (!values.help && badStdin) console.error(CLI_STDIN_NEEDS_JSON);
    console.error(CLI_ASK_USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const env = readCliEnv();
  const searcher = await openSearcher({ dataDir: env.dataDir, modelsDir: env.modelsDir });
  try {
    if (values.stdin) {
      for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
        process.stdout.write(`${JSON.stringify(await askJson(searcher, line, topK))}\n`);
      }
    } else {
      const question = positionals.join(' ');
      if (values.json) console.log(JSON.stringify(await askJson(searcher, question, topK), null, 2));
      else console.log(render(await searcher.search(question, { topK })));
    }
  } finally {
    searcher.close();
  }
});

async function askJson(searcher: OpenSearcher, question: string, topK: number) {
  const answer = await searcher.search(question, { topK });
  return answerJson(answer, answer.problem && CLI_QUERY_PROBLEMS[answer.problem]);
}

function render(answer: Answer): string {
  if (answer.problem) return CLI_QUERY_PROBLEMS[answer.problem];
  if (answer.unknownPlaces?.length) return cliNoReportFor(answer.unknownPlaces);
  // A question with only names, years and generic words (石狮市做了哪些工作) finds nothing for want of a topic: say so, as the bot does.
  if (!answer.found) return answer.question?.topicless ? cliAskTopic(answer.question.display) : answer.searchedReports?.length ? cliNotFoundIn(answer.searchedReports) : CLI_NOT_FOUND;
  const notes = [
    answer.bodyMissing ? cliBodyMissing(answer.bodyMissing.asked, answer.bodyMissing.from) : '',
    answer.yearMismatch ? cliYearMismatch(answer.yearMismatch.asked, answer.yearMismatch.covered) : '',
  ].filter((n) => n !== '');
  const note = notes.map((n) => `${n}\n\n`).join('');
  const bold = process.stdout.isTTY ? (s: string) => `\x1b[1m${s}\x1b[22m` : (s: string) => `【${s}】`;
  return note + answer.hits
    .map((hit, i) => {
      let text = hit.quote.text;
      for (const [start, end] of [...hit.quote.highlights].reverse()) text = text.slice(0, start) + bold(text.slice(start, end)) + text.slice(end);
      return `${i + 1}. ${hit.citation.source}\n   ${text}`;
    })
    .join('\n\n');
}
