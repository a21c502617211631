import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { emptyAnalysis, hostileAnalysis, opinionAnalysis } from '../fixtures/analyses.js';

describe('renderHtml', () => {
  it('escapes every piece of article text: no markup from the article survives', () => {
    const html = renderHtml(hostileAnalysis);
    // the only script elements are the report's own two
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<b>lies/);
    expect(html).not.toMatch(/onerror="/);
    expect(html).toContain('&lt;script&gt;window.__pwned = true&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned = &#39;img&#39;&quot;&gt;');
    expect(html).toContain('<title>Leak &lt;script&gt;');
    expect(html).toContain('news.example/leak?a=1&amp;b=&quot;2&quot;');
  });

  it('is self-contained: no external URL is loaded and a CSP forbids other scripts', () => {
    const html = renderHtml(opinionAnalysis);
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<link\b/);
    expect(html).toMatch(/Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; script-src &#39;sha256-[A-Za-z0-9+/=]+&#39;/);
  });

  it('highlights overlapping spans segment by segment, innermost colour, with hover definitions', () => {
    const html = renderHtml(opinionAnalysis);
    // "will " is covered by Appeal to fear only (span 1); "ruin … forever" by it and Exaggeration (span 2)
    expect(html).toContain('<span class="seg hl cat-justification" data-spans="1" title="Appeal to fear or prejudice (Justification) 74%: ');
    expect(html).toMatch(/<span class="seg hl cat-manipulative_wording" data-spans="1 2" title="[^"]+">ruin our beautiful town forever<\/span><sup class="mark" data-span="1">2<\/sup><sup class="mark" data-span="2">3<\/sup>/);
    expect(html).toContain('>reckless 🚧 plan</span>');
    expect(html.match(/data-filter="category"/g)).toHaveLength(6);
    expect(html).toContain('<svg class="chart"');
  });

  it('renders an analysis without detections', () => {
    const html = renderHtml(emptyAnalysis);
    expect(html).toContain('No technique spans.');
    expect(html).toContain('¶2</span>Nothing else to say.');
  });
});
