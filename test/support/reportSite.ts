import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A government web site on 127.0.0.1 for fetch tests; `streamed` counts the bytes /huge sent before the client hung up. */
export interface ReportSite {
  url: string;
  streamed: { bytes: number };
  close(): Promise<void>;
}

const fixture = (path: string) => readFileSync(`test/fixtures/${path}`);

/** An article page in the style of TRS/Hanweb sites whose body is only a link to the report attached as `.doc`. */
const ATTACHMENT_PAGE = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>福州市工业和信息化局2024年法治政府建设工作报告_法治政府建设_福州市工业和信息化局</title></head>
<body>
<div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>
<div class="xxgk_table"><table>
<tr><td>索 引 号：</td><td>FZ00105-0300-2025-00004</td><td>发布机构：</td><td>福州市工业和信息化局</td></tr>
<tr><td>文　　号：</td><td>榕工信法〔2025〕3号</td><td>成文日期：</td><td>2025-01-20</td></tr>
</table></div>
<div class="article"><h1>福州市工业和信息化局2024年法治政府建设工作报告</h1>
<div id="zoom"><p>附件：<a href="/files/P020250120.doc">福州市工业和信息化局2024年法治政府建设工作报告.doc</a></p></div>
</div>
<div class="footer">主办单位：福州市工业和信息化局</div>
</body></html>`;

/** A column listing page: links to articles and no report of its own. */
const LISTING_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>法治政府建设_福州市人民政府</title></head><body>
<div class="list"><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/art/${i}.html">福州市某部门${2024 - (i % 3)}年法治政府建设工作情况</a><span>2025-0${(i % 9) + 1}-15</span></li>`).join('')}</ul></div>
<div class="page">共 3 页 下一页</div></body></html>`;

/**
 * Starts the site: /gov/gxj.html (page + .doc attachment), /gov/licheng.html (a full article page), /r1 → /r2 →
 * /r3 → the Licheng page, /loop (redirects to itself), /gov/list.html (no report), /huge (64 MiB streamed
 * without a length), /declared-huge (a Content-Length of 64 MiB), /slow (never answers), /missing (404).
 */
export async function startReportSite(): Promise<ReportSite> {
  const streamed = { bytes: 0 };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://site').pathname;
    const send = (type: string, body: Buffer | string) => response.writeHead(200, { 'content-type': type }).end(body);
    const redirect = (status: number, to: string) => response.writeHead(status, { location: to }).end();
    switch (path) {
      case '/gov/gxj.html': return send('text/html; charset=utf-8', ATTACHMENT_PAGE);
      case '/files/P020250120.doc': return send('application/msword', fixture('intake/gongxinju.doc'));
      case '/gov/licheng.html': return send('text/html', fixture('formats/licheng-article.html'));
      case '/r1': return redirect(302, '/r2');
      case '/r2': return redirect(301, `http://127.0.0.1:${(server.address() as AddressInfo).port}/r3`);
      case '/r3': return redirect(307, '/gov/licheng.html');
      case '/loop': return redirect(302, '/loop');
      case '/gov/list.html': return send('text/html', LISTING_PAGE);
      case '/huge': {
        response.writeHead(200, { 'content-type': 'application/pdf' });
        const chunk = Buffer.alloc(64 * 1024, 0x25);
        const pump = (): void => {
          while (streamed.bytes < 64 * 1024 * 1024 && !response.destroyed) {
            streamed.bytes += chunk.length;
            if (!response.write(chunk)) return void response.once('drain', pump);
          }
          response.end();
        };
        response.on('close', () => undefined);
        return pump();
      }
      case '/declared-huge': return response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(64 * 1024 * 1024) }).end();
      case '/slow': return; // never answers
      default: return response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>404</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    streamed,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
