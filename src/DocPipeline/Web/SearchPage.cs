namespace DocPipeline.Web;

/// <summary>
/// The search page. Every piece of document text is inserted with textContent, never as
/// markup: OCR output can contain &lt;, &amp; and quotes.
/// </summary>
internal static class SearchPage
{
    public const string Html = """
        <!doctype html>
        <html lang="lo">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>DocPipeline — ຄົ້ນຫາເອກະສານ</title>
        <style>
          body { font-family: "Phetsarath OT", "Noto Sans Lao", sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
          form { display: flex; gap: .5rem; } input[type=search] { flex: 1; font-size: 1.2rem; padding: .4rem; }
          .hit { margin: 1rem 0; } .meta { color: #555; font-size: .9rem; } mark { background: #ffe08a; }
        </style>
        </head>
        <body>
        <h1>ຄົ້ນຫາເອກະສານ <small>Search the archive</small></h1>
        <form id="f"><input type="search" id="q" name="q" placeholder="ຄຳຄົ້ນ ຫຼື ເລກທີ ເຊັ່ນ 042/ຄປ.ວຈ" autofocus>
        <button>ຄົ້ນຫາ</button></form>
        <p id="message"></p>
        <div id="results"></div>
        <script>
        const form = document.getElementById('f'), results = document.getElementById('results'), message = document.getElementById('message');
        function marked(snippet) {
          const span = document.createElement('span');
          snippet.split(/(«[^»]*»)/).forEach(part => {
            if (part.startsWith('«') && part.endsWith('»')) { const m = document.createElement('mark'); m.textContent = part.slice(1, -1); span.appendChild(m); }
            else span.appendChild(document.createTextNode(part));
          });
          return span;
        }
        form.addEventListener('submit', async e => {
          e.preventDefault();
          results.replaceChildren(); message.textContent = '';
          const q = document.getElementById('q').value.trim();
          if (!q) { message.textContent = 'ກະລຸນາພິມຄຳຄົ້ນ (type a word)'; return; }
          const r = await fetch('/api/search?q=' + encodeURIComponent(q));
          const body = await r.json();
          if (!r.ok) { message.textContent = body.error; return; }
          if (body.length === 0) { message.textContent = 'ບໍ່ພົບເອກະສານ (no document matches)'; return; }
          for (const h of body) {
            const div = document.createElement('div'); div.className = 'hit';
            const meta = document.createElement('div'); meta.className = 'meta';
            meta.textContent = [h.documentType, h.documentNumber, h.documentDate, h.file, 'ໜ້າ ' + h.page].filter(Boolean).join(' · ');
            div.append(meta, marked(h.snippet));
            results.appendChild(div);
          }
        });
        </script>
        </body>
        </html>
        """;
}
