/**
 * Progressive enhancement of the /studies/ table (every page of the table is complete without it):
 * sort buttons in the headers, filters by treatment, statistic, source, question and topic, state kept in the
 * URL query (?treatment=&stat=&source=&question=&topic=&sort=&dir=) so a view can be shared and restored.
 *
 * Start-up only adds the buttons and shows the form. The rows of every page come from /studies/rows.json
 * (src/components/evidence/studyTableJson.ts), fetched when a view is first asked for; a view shows its first
 * rows and a button for more, so a filtered or sorted table of thousands of rows stays cheap to lay out.
 */
import type { JsonRow, StudyTableJson } from '../components/evidence/studyTableJson';

/** Counts as the pages print them: thousands grouped with commas ("5,800 rows"). */
const count = (n: number) => n.toLocaleString('en-GB');
const table = document.querySelector<HTMLTableElement>('#studies-table');
const form = document.querySelector<HTMLFormElement>('#studies-controls');

if (table && form) {
  const body = table.tBodies[0]!;
  const staticRows = Array.from(body.rows);
  const pager = document.querySelector<HTMLElement>('.pager');
  const heads = Array.from(table.tHead!.rows[0]!.cells);
  const status = form.querySelector<HTMLElement>('.table-status')!;
  const selects = Array.from(form.querySelectorAll('select'));
  const base = table.dataset.base!;
  const params = new URLSearchParams(location.search);
  let sortKey = params.get('sort') ?? '';
  let dir = params.get('dir') === 'desc' ? -1 : 1;
  let data: Promise<StudyTableJson> | undefined;
  /** Rows a view adds at a time (data-step, else 100). */
  const step = () => Number(table.dataset.step) || 100;
  let limit = 0;
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'more-rows';
  more.hidden = true;
  table.parentElement!.after(more);

  const esc = (s: string | number) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const dash = '<span class="empty" aria-label="not reported">—</span>';
  const link = (study: string, anchor: string, text: string) => `<a href="${esc(`${base}studies/${study}/${anchor}`)}">${esc(text)}</a>`;

  /** A row as the static pages render it (value markers aside: they belong to the built pages the tests read). */
  const render = (d: StudyTableJson, r: JsonRow) => {
    const [id, group, label, t1, year, design, country, n, arm, armN, role, treatment, cells, other, sources, notes] = r;
    const tr = document.createElement('tr');
    Object.assign(tr.dataset, { study: id, group, arm, treatment: d.treatments[treatment]?.[0] ?? '' });
    tr.innerHTML =
      `<th scope="row">${link(id, '', label)}${t1 ? '' : '<span class="tag"> other series</span>'}</th>` +
      `<td>${year ?? '—'}</td><td>${esc(d.designs[design]!)}</td><td>${esc(country ?? '—')}</td>` +
      `<td class="num">${n === null ? '—' : count(n)}</td>` +
      `<td>${link(id, `#g-${group}`, arm)}${armN === null ? '' : ` <span class="muted">(${count(armN)})</span>`}${role ? `<span class="tag"> ${esc(d.roles[role]!)}</span>` : ''}</td>` +
      cells.map((c) => `<td class="num">${c ? link(id, `#o-${c[1]}`, c[0]) : dash}</td>`).join('') +
      `<td>${other.map((o) => `<span class="labelled">${link(id, `#o-${o[1]}`, o[0])}</span>`).join('')}</td>` +
      `<td>${sources.map((s) => `<a href="${esc(`${base}sources/#${d.sources[s]![0]}`)}">${esc(d.sources[s]![1])}</a>`).join(', ')}</td>` +
      `<td class="notes-cell">${notes ? link(id, '', `⚠ ${notes} data-quality note${notes > 1 ? 's' : ''}`) : ''}</td>`;
    return tr;
  };

  /** The value a column sorts by: text, a number, or undefined (empty: last in both directions). */
  const sortValue = (d: StudyTableJson, r: JsonRow, key: string): string | number | undefined => {
    const c = d.columns.indexOf(key);
    if (c >= 0) {
      const cell = r[12][c];
      return cell ? (cell[2] ?? Infinity) : undefined;
    }
    const v = { study: r[2], year: r[4], design: d.designs[r[5]], country: r[6], n: r[7], arm: r[8] }[key];
    return v ?? undefined;
  };

  const apply = async () => {
    const want = Object.fromEntries(selects.map((s) => [s.name, s.value]));
    const col = heads.findIndex((h) => h.dataset.key === sortKey);
    heads.forEach((h, i) => h.dataset.key && h.setAttribute('aria-sort', i === col ? (dir > 0 ? 'ascending' : 'descending') : 'none'));
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(want)) if (v) q.set(k, v);
    if (col >= 0) q.set('sort', sortKey), q.set('dir', dir > 0 ? 'asc' : 'desc');
    const search = q.toString();
    history.replaceState(null, '', (search ? `?${search}` : location.pathname) + location.hash);
    if (!search) {
      // No view asked for: the page's own rows, as built.
      body.replaceChildren(...staticRows);
      more.hidden = true;
      if (pager) pager.hidden = false;
      status.textContent = '';
      return;
    }
    status.textContent = 'Loading every row…';
    const d = await (data ??= fetch(table.dataset.rows!).then((r) => r.json() as Promise<StudyTableJson>));
    const ti = d.treatments.findIndex((t) => t[0] === want.treatment);
    const si = d.sources.findIndex((s) => s[0] === want.source);
    const qi = d.questions.indexOf(want.question!);
    const pi = d.topics.indexOf(want.topic!);
    const ci = d.columns.indexOf(want.stat!);
    let rows = d.rows.filter(
      (r) => (!want.treatment || r[11] === ti) && (!want.stat || r[12][ci]) && (!want.source || r[14].includes(si)) && (!want.question || r[16].includes(qi)) && (!want.topic || r[17].includes(pi)),
    );
    if (col >= 0) {
      const keyed = rows.map((r) => [sortValue(d, r, sortKey), r] as const);
      keyed.sort(([a], [b]) => (a === undefined || b === undefined ? (a === b ? 0 : a === undefined ? 1 : -1) : dir * (typeof a === 'number' ? a - (b as number) : a.localeCompare(b as string))));
      rows = keyed.map((k) => k[1]);
    }
    body.replaceChildren(...rows.slice(0, limit).map((r) => render(d, r)));
    if (pager) pager.hidden = true;
    const shown = Math.min(limit, rows.length);
    more.hidden = shown >= rows.length;
    more.textContent = `Show ${count(Math.min(step(), rows.length - shown))} more rows`;
    status.textContent = `${count(rows.length)} of ${count(d.rows.length)} rows match${shown < rows.length ? `; the first ${count(shown)} are shown` : ''}.`;
  };
  const reapply = () => ((limit = step()), void apply());

  more.addEventListener('click', () => ((limit += step()), void apply()));
  for (const h of heads) {
    if (!h.dataset.key) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...Array.from(h.childNodes));
    button.insertAdjacentHTML('beforeend', '<span class="sort-icon" aria-hidden="true"></span>');
    button.addEventListener('click', () => {
      dir = sortKey === h.dataset.key && dir > 0 ? -1 : 1;
      sortKey = h.dataset.key!;
      reapply();
    });
    h.append(button);
  }
  for (const s of selects) {
    const v = params.get(s.name);
    if (v && Array.from(s.options).some((o) => o.value === v)) s.value = v;
    s.addEventListener('change', reapply);
  }
  form.addEventListener('reset', () => setTimeout(() => ((sortKey = ''), reapply())));
  form.addEventListener('submit', (e) => e.preventDefault());
  form.hidden = false;
  table.classList.add('enhanced');
  if (location.search) reapply();
}
