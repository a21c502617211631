// The spinscope page: sends the text (or URL) to the API and shows what came back.
import { analyze, ApiFailure, apiKey, fetchTaxonomy, reportHtml, setApiKey } from './api.js';
import { attachTooltip, renderArticle } from './article.js';
import { EXAMPLES } from './examples.js';
import {
  renderClaims, renderEntities, renderFilters, renderFrames, renderGenre, renderLegend, renderSummary, renderWarnings,
} from './panels.js';
import { Taxonomy } from './taxonomy.js';

const $ = (id) => document.getElementById(id);

const state = {
  taxonomy: new Taxonomy(null),
  analysis: null,
  request: null,
  hidden: new Set(),
  spans: [],
  jsonUrl: null,
  exampleIndex: 0,
};

function setStatus(message, kind = '') {
  const status = $('status');
  status.textContent = message;
  status.className = `status ${kind}`.trim();
}

async function loadTaxonomy() {
  try {
    state.taxonomy = new Taxonomy(await fetchTaxonomy());
  } catch (err) {
    // names fall back to ids; a missing key is reported when the user analyses
    if (!(err instanceof ApiFailure && err.status === 401)) console.warn('taxonomy unavailable', err);
  }
  renderLegend($('legend'), state.taxonomy);
}

function drawArticle() {
  state.spans = renderArticle($('article'), state.analysis, state.hidden, state.taxonomy);
  $('article').dataset.visibleSpans = String(state.spans.length);
}

function show(analysis) {
  state.analysis = analysis;
  state.hidden = new Set();
  const { taxonomy } = state;
  renderLegend($('legend'), taxonomy);
  renderWarnings($('warnings'), analysis);
  drawArticle();
  renderSummary($('summary'), $('chart'), analysis, taxonomy);
  renderFilters($('filters'), analysis, taxonomy, state.hidden, drawArticle);
  renderGenre($('genre'), analysis, taxonomy);
  renderFrames($('frames'), analysis, taxonomy);
  renderClaims($('claims'), analysis);
  renderEntities($('entities'), analysis);
  if (state.jsonUrl) URL.revokeObjectURL(state.jsonUrl);
  state.jsonUrl = URL.createObjectURL(new Blob([JSON.stringify(analysis, null, 2)], { type: 'application/json' }));
  $('download-json').href = state.jsonUrl;
  $('results').hidden = false;
}

function readRequest() {
  const text = $('text-input').value;
  const url = $('url-input').value.trim();
  const lang = $('lang-input').value;
  const minScore = $('score-input').value;
  const request = url !== '' && text.trim() === '' ? { url } : { text };
  if (lang) request.lang = lang;
  if (minScore) request.minScore = Number(minScore);
  return request;
}

async function onSubmit(event) {
  event.preventDefault();
  const request = readRequest();
  if (request.text !== undefined && request.text.trim() === '') {
    setStatus('Paste a text or give a web address first.', 'error');
    return;
  }
  const button = $('analyze-button');
  button.disabled = true;
  setStatus('Analysing…', 'busy');
  try {
    if (state.taxonomy.techniques.size === 0) await loadTaxonomy();
    const analysis = await analyze(request);
    state.request = request;
    show(analysis);
    const n = analysis.techniques.length;
    setStatus(`${n} technique span${n === 1 ? '' : 's'} found · language ${analysis.language}`, 'done');
  } catch (err) {
    const message = err instanceof ApiFailure ? err.message : 'the analysis failed';
    setStatus(err instanceof ApiFailure && err.status === 401 ? `${message} (open “API key” below the form)` : message, 'error');
  } finally {
    button.disabled = false;
  }
}

async function onDownloadHtml() {
  if (!state.request) return;
  const button = $('download-html');
  button.disabled = true;
  try {
    const blob = await reportHtml(state.request);
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'spinscope-report.html';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (err) {
    setStatus(err instanceof ApiFailure ? err.message : 'the report could not be made', 'error');
  } finally {
    button.disabled = false;
  }
}

function loadExample() {
  const example = EXAMPLES[state.exampleIndex % EXAMPLES.length];
  state.exampleIndex++;
  $('text-input').value = example.text;
  $('url-input').value = '';
  $('lang-input').value = example.lang;
}

function init() {
  $('input-form').addEventListener('submit', onSubmit);
  $('example-button').addEventListener('click', loadExample);
  $('download-html').addEventListener('click', onDownloadHtml);
  const key = $('key-input');
  key.value = apiKey();
  key.addEventListener('change', () => {
    setApiKey(key.value.trim());
    void loadTaxonomy();
  });
  attachTooltip($('article'), $('tip'), () => state.taxonomy, () => state.spans);
  void loadTaxonomy();
  document.body.dataset.ready = 'true';
}

init();
