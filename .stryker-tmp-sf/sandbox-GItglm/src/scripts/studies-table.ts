/**
 * Progressive enhancement of the /studies/ table (the table is complete without it):
 * sort buttons in the headers, filters by treatment, statistic and source, state kept in the URL query
 * (?treatment=&stat=&source=&sort=&dir=) so a filtered view can be shared and restored.
 */
// @ts-nocheck

const table = document.querySelector<HTMLTableElement>('#studies-table');
const form = document.querySelector<HTMLFormElement>('#studies-controls');

if (table && form) {
  const body = table.tBodies[0]!;
  const rows = Array.from(body.rows);
  const heads = Array.from(table.tHead!.rows[0]!.cells);
  const status = form.querySelector<HTMLElement>('.table-status')!;
  const selects = Array.from(form.querySelectorAll('select'));
  const params = new URLSearchParams(location.search);
  let sortKey = params.get('sort') ?? '';
  let dir = params.get('dir') === 'desc' ? 'desc' : 'asc';

  const cellValue = (row: HTMLTableRowElement, i: number) => row.cells[i]?.dataset.sort ?? '';

  const apply = () => {
    const want = Object.fromEntries(selects.map((s) => [s.name, s.value]));
    let shown = 0;
    for (const r of rows) {
      const d = r.dataset;
      const ok =
        (!want.treatment || d.treatment === want.treatment) &&
        (!want.stat || (d.stats ?? '').split(' ').includes(want.stat)) &&
        (!want.source || (d.sources ?? '').split(' ').includes(want.source));
      r.hidden = !ok;
      if (ok) shown++;
    }
    const col = heads.findIndex((h) => h.dataset.key === sortKey);
    const sorted = col < 0 ? rows : [...rows].sort((a, b) => compare(cellValue(a, col), cellValue(b, col), heads[col]!.dataset.type === 'number'));
    body.append(...sorted);
    heads.forEach((h, i) => {
      if (!h.dataset.key) return;
      h.setAttribute('aria-sort', i === col ? (dir === 'asc' ? 'ascending' : 'descending') : 'none');
    });
    status.textContent = `${shown} of ${rows.length} rows shown.`;
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(want)) if (v) q.set(k, v);
    if (col >= 0) q.set('sort', sortKey), q.set('dir', dir);
    const search = q.toString();
    history.replaceState(null, '', (search ? `?${search}` : location.pathname) + location.hash);
  };

  // Empty cells sort last in both directions; "not reached" (Infinity) above every number when descending.
  const compare = (a: string, b: string, numeric: boolean) => {
    if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
    const r = numeric ? Number(a) - Number(b) : a.localeCompare(b);
    return dir === 'asc' ? r : -r;
  };

  for (const h of heads) {
    if (!h.dataset.key) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...Array.from(h.childNodes));
    button.insertAdjacentHTML('beforeend', '<span class="sort-icon" aria-hidden="true"></span>');
    button.addEventListener('click', () => {
      dir = sortKey === h.dataset.key && dir === 'asc' ? 'desc' : 'asc';
      sortKey = h.dataset.key!;
      apply();
    });
    h.append(button);
  }
  for (const s of selects) {
    const v = params.get(s.name);
    if (v && Array.from(s.options).some((o) => o.value === v)) s.value = v;
    s.addEventListener('change', apply);
  }
  form.addEventListener('reset', () => setTimeout(() => ((sortKey = ''), apply())));
  form.addEventListener('submit', (e) => e.preventDefault());
  form.hidden = false;
  table.classList.add('enhanced');
  apply();
}
