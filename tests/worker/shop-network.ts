// Stands in for the internet during worker tests (miniflare's outboundService): every fetch the
// Worker makes lands here, so no test depends on — or reaches — the real shops. It answers the way
// the shops' short-link services do (a 30x with a Location header), per docs/platforms.md.
const REDIRECTS: Record<string, string> = {
  'https://3.cn/-2WCEI8M?jkl=@AbCdEfGhIjKl@': 'https://item.m.jd.com/product/100012043978.html?utm_source=share',
  'https://u.jd.com/AbCdEfG': 'https://union-click.jd.com/jdc?e=&p=AbC',
  'https://union-click.jd.com/jdc?e=&p=AbC': 'https://item.jd.com/100012043978.html',
  'https://s.click.taobao.com/t?e=abc': 'https://detail.tmall.com/item.htm?id=612345678901&ali_trackid=2:mm_1_2_3',
  'https://u.jd.com/LoopLoo': 'https://u.jd.com/LoopLoo',
};

export function shopNetwork(request: Request): Response {
  const location = REDIRECTS[request.url];
  if (location) return new Response(null, { status: 302, headers: { Location: location } });
  return new Response('not found', { status: 404 });
}
