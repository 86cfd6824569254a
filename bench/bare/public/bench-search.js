// Plain Pagefind: search, then load the first five results (Pagefind UI's default page size).
const list = document.querySelector('[data-results]');
const q = new URLSearchParams(location.search).get('q') ?? '';
const pagefind = await import('/pagefind/pagefind.js');
const search = await pagefind.search(q);
const shown = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
for (const data of shown) {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = data.url;
  a.textContent = data.meta?.title ?? data.url;
  li.append(a);
  list.append(li);
}
document.body.dataset.state = 'done';
