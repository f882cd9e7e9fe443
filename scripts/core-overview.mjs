// Serves a page that lists what @wamigrate/core knows (scenarios, steps, requirements, troubleshooting,
// carry-over, glossary) in English or Japanese, straight from the built package and its catalogues.
import { createServer } from 'node:http';
import {
  hoursOf,
  profileMessageParams,
  REQUIREMENTS,
  SCENARIOS,
  TROUBLESHOOTING_ENTRIES,
  UNKNOWN_ERROR_ENTRY,
  zendeskProfile,
} from '@wamigrate/core';
import { MESSAGE_NAMESPACE, resources } from '@wamigrate/core/messages';
import { CARRY_OVER_ITEMS, GLOSSARY_TERMS } from '@wamigrate/core/reference';
import i18next from 'i18next';

const port = Number(process.env.PORT ?? 6006);
const host = process.env.HOST ?? '127.0.0.1';

const i18n = i18next.createInstance();
await i18n.init({ resources, ns: [MESSAGE_NAMESPACE], defaultNS: MESSAGE_NAMESPACE, lng: 'en', fallbackLng: false });

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function page(lng) {
  const profile = zendeskProfile;
  const values = {
    ...profileMessageParams(profile, lng),
    hours: hoursOf(profile.verificationCodePolicy.periodMs),
    code: '123',
    lng,
  };
  const t = (key, extra = {}) => escapeHtml(i18n.t(key, { ...values, ...extra }));
  const sources = (record) => `<small class="src">${escapeHtml(record.sources.join(', '))}</small>`;
  const list = (items) => `<ul>${items.join('')}</ul>`;

  const scenarios = SCENARIOS.map(
    (scenario) =>
      `<section><h3>${t(scenario.titleKey)} ${sources(scenario)}</h3><p>${t(scenario.descriptionKey)}</p><ol>${scenario.steps
        .map(
          (step) => `<li><strong>${t(step.titleKey)}</strong> ${sources(step)}
          <p>${t(step.descriptionKey)}</p>
          <p><em>${t(step.howToCompleteKey)}</em></p>
          ${step.warnings.map((w) => `<p class="warn">⚠ ${t(w.messageKey)}</p>`).join('')}
          ${step.waits.map((w) => `<p class="wait">⏱ ${t(w.messageKey)}</p>`).join('')}
          ${step.requirements.length ? list(step.requirements.map((id) => `<li>${t(`requirement.${id}.title`)}</li>`)) : ''}</li>`,
        )
        .join('')}</ol></section>`,
  ).join('');
  const requirements = list(
    REQUIREMENTS.map(
      (r) =>
        `<li><strong>${t(r.titleKey)}</strong> (${escapeHtml(r.check.kind)}) ${sources(r)}<br>${t(r.descriptionKey)}</li>`,
    ),
  );
  const troubleshooting = [...TROUBLESHOOTING_ENTRIES, UNKNOWN_ERROR_ENTRY]
    .map(
      (
        e,
      ) => `<details><summary>${e.codes.length ? `<code>${escapeHtml(e.codes.join(', '))}</code> ` : ''}${t(e.titleKey)} ${sources(e)}</summary>
        <p><em>${t(e.symptomKey)}</em></p><p>${t(e.causeKey)}</p>
        <ol>${e.actionKeys.map((k) => `<li>${t(k)}</li>`).join('')}</ol>
        ${e.wait ? `<p class="wait">⏱ ${t(e.wait.messageKey)}</p>` : ''}
        ${e.escalation ? `<p>→ ${t(e.escalation.messageKey)}</p>` : ''}</details>`,
    )
    .join('');
  const carryOver = list(
    CARRY_OVER_ITEMS.map(
      (c) =>
        `<li>${c.carriesOver ? '✓' : '✗'} <strong>${t(c.titleKey)}</strong> ${sources(c)}<br>${t(c.detailKey)}</li>`,
    ),
  );
  const glossary = `<dl>${GLOSSARY_TERMS.map((g) => `<dt>${t(g.termKey)} ${sources(g)}</dt><dd>${t(g.definitionKey)}</dd>`).join('')}</dl>`;
  return `<!doctype html><html lang="${lng}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>wamigrate core</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem}.src{color:#555}.warn{color:#8a1c00}.wait{color:#124c7a}details{margin:.4rem 0}code{background:#eee;padding:0 .2rem}</style>
</head><body><nav><a href="?lang=en" ${lng === 'en' ? 'aria-current="page"' : ''}>English</a> · <a href="?lang=ja" ${lng === 'ja' ? 'aria-current="page"' : ''}>日本語</a></nav>
<h1>wamigrate: @wamigrate/core</h1>
<h2>Scenarios</h2>${scenarios}<h2>Requirements</h2>${requirements}<h2>Troubleshooting</h2>${troubleshooting}
<h2>What carries over</h2>${carryOver}<h2>Glossary</h2>${glossary}</body></html>`;
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname !== '/') {
    response.writeHead(404).end();
    return;
  }
  const lng = url.searchParams.get('lang') === 'ja' ? 'ja' : 'en';
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(lng));
});
server.listen(port, host, () => {
  console.log(`wamigrate core overview: http://localhost:${port}/  (Japanese: http://localhost:${port}/?lang=ja)`);
});
