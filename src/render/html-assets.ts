import { CATEGORIES } from '../taxonomy/ids.js';
import { CATEGORY_COLOR } from './svg.js';

/** The report's own CSS and script, inlined so the file is self-contained. */

const categoryRules = CATEGORIES.map(
  (c) => `.cat-${c}{background:${CATEGORY_COLOR[c]}26;border-bottom:2px solid ${CATEGORY_COLOR[c]}}.sw-${c}{background:${CATEGORY_COLOR[c]}}`,
).join('\n');

export const REPORT_CSS = `
*{box-sizing:border-box}
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header,main{max-width:1100px;margin:0 auto;padding:16px 24px}
header h1{margin:.2em 0;font-size:1.6em}
.meta{color:#666;font-size:.9em}
.warning{background:#fff4d6;border-left:4px solid #c99a06;padding:6px 10px;margin:6px 0}
.note{background:#eef3fb;border-left:4px solid #6b8ccc;padding:6px 10px;margin:6px 0}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0}
.card{background:#fff;border:1px solid #e3e3e3;border-radius:8px;padding:10px 14px;min-width:140px}
.card b{display:block;font-size:1.4em}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:24px;align-items:start}
@media (max-width:900px){.layout{grid-template-columns:1fr}}
article{background:#fff;border:1px solid #e3e3e3;border-radius:8px;padding:8px 20px}
article p{margin:.7em 0}
.pid{color:#999;font-size:.75em;margin-right:.4em;user-select:none}
.hl{border-radius:2px;cursor:help}
sup.mark{font-size:.65em;font-weight:600;color:#555;margin-left:1px}
aside section,main>section{background:#fff;border:1px solid #e3e3e3;border-radius:8px;padding:10px 14px;margin-bottom:14px}
h2{font-size:1.1em;margin:.3em 0 .5em}
fieldset{border:0;padding:0;margin:0 0 8px}
legend{font-weight:600;font-size:.9em;margin-bottom:4px}
label{display:block;font-size:.88em}
.sw{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:4px;vertical-align:middle}
.spans li{margin:4px 0;font-size:.9em}
.def{color:#555;font-size:.85em}
table{border-collapse:collapse;width:100%;font-size:.9em}
td,th{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
.chart text{font:11px system-ui,sans-serif;fill:#333}
.neg{color:#b42318}.pos{color:#1a7f37}
footer{color:#888;font-size:.8em;max-width:1100px;margin:0 auto;padding:8px 24px 24px}
${categoryRules}
`;

/**
 * Filters: a segment stays highlighted while at least one of its spans has both
 * its category and its technique checked; the innermost visible span decides the colour.
 */
export const REPORT_JS = `(function(){
var data=JSON.parse(document.getElementById('spinscope-data').textContent);
var boxes=Array.prototype.slice.call(document.querySelectorAll('input[data-filter]'));
function checked(kind){var s={};boxes.forEach(function(b){if(b.dataset.filter===kind&&b.checked)s[b.value]=1;});return s;}
function apply(){
var cats=checked('category'),techs=checked('technique');
function on(i){var s=data[i];return !!(cats[s.c]&&techs[s.t]);}
document.querySelectorAll('.seg').forEach(function(el){
var ids=el.dataset.spans.split(' ').map(Number).filter(on);
if(!ids.length){el.className='seg';return;}
var inner=ids.reduce(function(a,b){return data[b].n<data[a].n?b:a;});
el.className='seg hl cat-'+data[inner].c;
});
document.querySelectorAll('[data-span]').forEach(function(el){el.hidden=!on(+el.dataset.span);});
}
boxes.forEach(function(b){b.addEventListener('change',apply);});
apply();
})();`;
