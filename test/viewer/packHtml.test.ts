// @vitest-environment jsdom
// The proposal pack inside the viewer's HTML: the JSON block round-trips through an HTML parser
// (jsdom) whatever the plan's strings hold — "</script>", "<!--", "$&" — and the inlined viewer
// script cannot end its own <script> element early.
import { describe, expect, it } from 'vitest';
import { inlinePage, inlineScriptText } from '../../scripts/viewerBuild.ts';
import type { Comparison } from '../../src/floorplan/proposals/compare.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { PACK_ELEMENT_ID, readPackText, type ViewerPack } from '../../src/viewer/pack.ts';
import { embedPack, scriptSafeJson } from '../../src/viewer/packHtml.ts';

const TEMPLATE = `<!doctype html><html><head><meta charset="UTF-8" /><title>Callfloor</title></head><body>
<script type="application/json" id="${PACK_ELEMENT_ID}"></script><div id="root"></div>
<script type="module">window.viewerRan = "</scr" + "ipt>";</script>
</body></html>`;

const NASTY = 'Park </script><script>window.hacked = 1</script> <!-- $& $1 $` \u2028 & "quoted" 园区';

function packOf(name: string): ViewerPack {
  const plan = { format: 'callfloor', version: 3, name, site: { boundary: [], green: [], buildings: [] }, presentation: true } as unknown as PlanDocument;
  const comparison = { currency: 'CNY', proposals: [{ id: 'a', name }], rows: [] } as unknown as Comparison;
  return { kind: 'callfloor-pack', version: 1, plan, comparison, locale: 'en', saved: '2026-01-02T03:04:05.000Z' };
}

describe('embedPack', () => {
  it('writes JSON no HTML parser can break out of, and reads it back equal', () => {
    const pack = packOf(NASTY);
    const html = embedPack(TEMPLATE, pack);
    const start = html.indexOf(`id="${PACK_ELEMENT_ID}">`) + `id="${PACK_ELEMENT_ID}">`.length;
    const block = html.slice(start, html.indexOf('</script>', start));
    expect(block).not.toMatch(/<\/script|<!--|<script/i);
    expect(JSON.parse(block)).toEqual(pack);
    // through a real HTML parser: one script holds it all, no injected element
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const text = doc.getElementById(PACK_ELEMENT_ID)?.textContent;
    const read = readPackText(text);
    expect(read.ok).toBe(true);
    expect(read.ok && read.pack).toEqual(pack);
    expect(doc.querySelectorAll('script')).toHaveLength(2);
    expect(doc.title).toBe(`${NASTY} · Callfloor`);
  });

  it('escapes only what it must: <, >, &, U+2028/2029', () => {
    expect(scriptSafeJson({ a: '</script>&\u2028' })).toBe('{"a":"\\u003c/script\\u003e\\u0026\\u2028"}');
    expect(scriptSafeJson({ a: '园区 "x"' })).toBe('{"a":"园区 \\"x\\""}');
  });

  it('refuses a template without the block', () => {
    expect(() => embedPack('<html><body></body></html>', packOf('x'))).toThrow(/callfloor-pack/);
  });

  it('reads a missing, empty or foreign block as such', () => {
    expect(readPackText(null)).toEqual({ ok: false, reason: 'missing' });
    expect(readPackText('  ')).toEqual({ ok: false, reason: 'missing' });
    expect(readPackText('{"kind":"other"}')).toMatchObject({ ok: false, reason: 'broken' });
    expect(readPackText('{not json')).toMatchObject({ ok: false, reason: 'broken' });
  });
});

describe('inlinePage', () => {
  const built = `<!doctype html><html><head><title>Callfloor</title>
<script type="module" crossorigin src="./assets/viewer-abc.js"></script>
<link rel="stylesheet" crossorigin href="./assets/style-x.css">
</head><body><script type="application/json" id="${PACK_ELEMENT_ID}"></script><div id="root"></div></body></html>`;

  it('puts script and styles inline, the script last, and the pack still goes into the right block', () => {
    const js = 'const end = "</script>"; const open = `<script type="application/json" id="callfloor-pack">`; window.ran = end + open;';
    const page = inlinePage(built, new Map([
      ['assets/viewer-abc.js', js],
      ['assets/style-x.css', 'body { color: red } /* </style> */'],
    ]));
    expect(page).not.toContain('src="./assets');
    expect(page).not.toContain('href="./assets');
    expect(page).toContain('<style>body { color: red } /* <\\/style> */</style>');
    // the block comes before the inlined script, so embedPack fills the real block
    expect(page.indexOf(`id="${PACK_ELEMENT_ID}"></script>`)).toBeLessThan(page.indexOf('<script type="module">'));
    const html = embedPack(page, packOf(NASTY));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(readPackText(doc.getElementById(PACK_ELEMENT_ID)?.textContent)).toEqual({ ok: true, pack: packOf(NASTY) });
    const module = doc.querySelector('script[type="module"]')!;
    // the whole bundle, intact, in one element
    expect(module.textContent).toBe(js.replace('</script>', '<\\/script>'));
    new Function(module.textContent!)();
    expect((globalThis as unknown as { ran: string }).ran).toBe('</script><script type="application/json" id="callfloor-pack">');
  });

  it('escapes a closing script tag in any case and refuses "<!--"', () => {
    expect(inlineScriptText('a="</SCRIPT >"')).toBe('a="<\\/SCRIPT >"');
    expect(() => inlineScriptText('a="<!--"')).toThrow();
  });

  it('needs exactly one module script', () => {
    expect(() => inlinePage('<html><body></body></html>', new Map())).toThrow(/one module script/);
  });
});
