/* CadreGraph viewer: the index, the whole graph and the entity pages.
   Everything from articles is written with textContent, never as markup. */
"use strict";
const CG = (() => {
  const fold = s => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D")
    .toLowerCase();
  const words = s => fold(s).split(/[^a-z0-9]+/).filter(Boolean);

  /* A search over keys (every name, label, symbol and title, folded): each
     word typed begins a word of one key, in any order, diacritics optional. */
  function matcher(keys) {
    const keyWords = keys.map(words);
    return query => {
      const q = words(query);
      return !q.length || keyWords.some(ws => q.every(t => ws.some(w => w.startsWith(t))));
    };
  }

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function link(text, href) { const a = el("a", text); a.href = href; return a; }

  /* The sentence of a source with the claimed words highlighted. */
  function quote(sentence, span) {
    const q = el("blockquote");
    if (!span || span[0] < 0 || span[1] > sentence.length || span[0] >= span[1]) {
      q.textContent = sentence;
      return q;
    }
    q.appendChild(document.createTextNode(sentence.slice(0, span[0])));
    q.appendChild(el("mark", sentence.slice(span[0], span[1])));
    q.appendChild(document.createTextNode(sentence.slice(span[1])));
    return q;
  }

  function source(s) {
    const box = el("div", null, "src");
    const head = el("div");
    head.appendChild(s.url ? link(s.title || s.id, s.url) : el("span", s.title || s.id));
    const meta = [s.site, s.published].filter(Boolean).join(" · ");
    if (meta) head.appendChild(el("span", " · " + meta, "meta"));
    box.appendChild(head);
    if (s.sentence) box.appendChild(quote(s.sentence, s.span));
    return box;
  }

  /* An entity's facts (viz/panel.py) as a document: sections of items, each
     with its dates and its sources. */
  function facts(f, depth, asCard) {
    const box = el("article", null, asCard ? "card" : "facts");
    const h = el(asCard ? "h2" : "h2", f.label);
    box.appendChild(h);
    box.appendChild(el("div", f.class + (f.subtitle ? " · " + f.subtitle : ""), "sub"));
    if (asCard) {
      const open = link("Mở trang / open page →", depth + f.page);
      open.className = "open";
      box.appendChild(open);
    }
    for (const sec of f.sections) {
      const part = el("section", null, sec.key);
      part.appendChild(el("h3", sec.vi + " / " + sec.en));
      const ul = el("ul");
      for (const it of sec.items) {
        const li = el("li");
        const what = el("span", null, "what");
        for (const p of it.parts) what.appendChild(p.href ? link(p.t, depth + p.href) : document.createTextNode(p.t));
        li.appendChild(what);
        if (it.when) li.appendChild(el("span", " " + it.when, "when"));
        for (const s of it.sources || []) li.appendChild(source(s));
        if (it.more_sources) li.appendChild(el("div", "+ " + it.more_sources + " nguồn khác / more sources", "meta"));
        ul.appendChild(li);
      }
      if (sec.more) ul.appendChild(el("li", "+ " + sec.more + " … (mở trang / open the page)", "meta"));
      part.appendChild(ul);
      box.appendChild(part);
    }
    return box;
  }

  function legend(items, target, withBoxes) {
    for (const item of items) {
      const lab = el("label", null, "kind-" + item.kind);
      if (withBoxes) {
        const cb = el("input"); cb.type = "checkbox"; cb.checked = true; cb.dataset.kind = item.kind;
        cb.className = "kind"; lab.appendChild(cb);
      }
      const sym = el("span", item.symbol, "symbol"); sym.style.color = item.color;
      lab.appendChild(sym);
      lab.appendChild(document.createTextNode(item.vi + " / " + item.en));
      target.appendChild(lab);
    }
  }

  /* ------------------------------------------------------------ index */
  function indexPage(data) {
    legend(data.legend, document.getElementById("legend"), false);
    const lists = document.getElementById("lists");
    const items = [];
    for (const item of data.legend) {
      const entries = data.entries.filter(e => e.kind === item.kind);
      const [listed, all] = data.counts[item.kind];
      const h = el("h2", item.vi + " / " + item.en + " (" + listed + ")");
      h.id = item.kind;
      const ul = el("ul");
      for (const e of entries) {
        const li = el("li"); const a = link(e.label, e.page); a.dataset.id = e.id;
        li.appendChild(a);
        if (e.sub) li.appendChild(el("span", e.sub, "sub"));
        ul.appendChild(li);
        items.push({ li, id: e.id, match: matcher(e.keys.concat([e.label])) });
      }
      lists.appendChild(h);
      if (all > listed) lists.appendChild(el("p", (all - listed) + " khác chỉ xem được từ trang liên quan / more "
        + "reached from the pages around them", "meta"));
      lists.appendChild(ul);
    }
    function search(q) {
      let n = 0, first = null;
      for (const it of items) {
        const ok = it.match(q);
        it.li.style.display = ok ? "" : "none";
        if (ok) { n++; first = first || it.id; }
      }
      document.getElementById("found").textContent = q.trim() ? n + " kết quả / results" : "";
      return first;
    }
    window.cgSearch = search;
    document.getElementById("search").addEventListener("input", ev => search(ev.target.value));
    window.cgReady = true;
  }

  /* ------------------------------------------------------ network pages */
  function graphPage(view) {
    const depth = view.depth;
    const raw = view.nodes, rawEdges = view.edges;
    legend(view.legend, document.getElementById("filters"), true);
    if (view.hidden) document.getElementById("note").textContent =
      view.hidden + " nút ít liên kết hơn không vẽ / " + view.hidden + " less connected nodes not drawn";
    const net = document.getElementById("net");
    // The first zoom fits the view (never above 1), and each label's font is
    // set so that it shows at its level's zoom, LABEL_PX high, no smaller.
    const xs = raw.map(n => n.x), ys = raw.map(n => n.y), [mx, my] = view.margin;
    const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
    const scale = Math.min(1, (net.clientWidth - 2 * mx) / Math.max(maxX - minX, 1),
                           (net.clientHeight - 2 * my) / Math.max(maxY - minY, 1));
    const fontAt = level => ({ size: view.label_px / (scale * 2 ** (level === null ? view.levels : level)) });
    const matchers = {};
    for (const n of raw) {
      n.font = fontAt(n.level);
      n.title = el("div", n.card.label + (n.card.subtitle ? " — " + n.card.subtitle : ""), "tip");
      matchers[n.id] = matcher([n.card.label].concat(n.keys || []));
    }
    for (const e of rawEdges) { e.font = fontAt(e.level); e.title = el("div", e.label.replace(/\n/g, " "), "tip"); }
    const nodes = new vis.DataSet(raw), edges = new vis.DataSet(rawEdges);
    const network = new vis.Network(net, { nodes, edges }, view.options);
    network.moveTo({ position: { x: (minX + maxX) / 2, y: (minY + maxY) / 2 }, scale, animation: false });
    Object.assign(window, { network, nodes, edges });
    network.once("afterDrawing", () => { window.cgDrawn = true; });

    const panel = document.getElementById("card");
    function showCard(id) {
      panel.replaceChildren();
      const n = nodes.get(id);
      if (n && id !== view.focus) panel.appendChild(facts(n.card, depth, true));
    }
    if (view.facts) document.getElementById("facts").appendChild(facts(view.facts, depth, false));
    network.on("click", p => { if (p.nodes.length) showCard(p.nodes[0]); else panel.replaceChildren(); });
    network.on("doubleClick", p => {
      if (p.nodes.length) window.location.href = depth + nodes.get(p.nodes[0]).card.page;
    });

    let focused = null;
    function inRange(date) {
      const from = document.getElementById("from").value.trim(), to = document.getElementById("to").value.trim();
      if (!date) return true;
      if (from && date < from) return false;
      if (to && date.slice(0, to.length) > to) return false;
      return true;
    }
    function apply() {
      const kinds = new Set([...document.querySelectorAll("input.kind")].filter(c => c.checked).map(c => c.dataset.kind));
      nodes.update(raw.map(n => ({ id: n.id,
        hidden: !kinds.has(n.group) || !inRange(n.date) || (focused !== null && !focused.has(n.id)) })));
      edges.update(rawEdges.map(e => ({ id: e.id, hidden: !inRange(e.date) })));
    }
    document.querySelectorAll("input.kind").forEach(c => c.addEventListener("change", apply));
    for (const id of ["from", "to"]) document.getElementById(id).addEventListener("change", apply);

    // Search: the best-connected node whose names match, selected, its card
    // shown, and only its neighbourhood left on screen until "show all".
    const showAll = document.getElementById("show-all");
    function select(query) {
      const q = fold(query.trim());
      if (!q) return null;
      const hit = raw.find(n => fold(n.card.label) === q) || raw.find(n => matchers[n.id](query));
      if (!hit) return null;
      focused = new Set([hit.id, ...network.getConnectedNodes(hit.id)]);
      apply();
      network.selectNodes([hit.id]);
      network.fit({ nodes: [...focused], animation: false, maxZoomLevel: 1 });
      showCard(hit.id);
      showAll.hidden = false;
      return hit.id;
    }
    showAll.addEventListener("click", () => {
      focused = null; apply(); showAll.hidden = true;
      network.moveTo({ position: { x: (minX + maxX) / 2, y: (minY + maxY) / 2 }, scale, animation: false });
    });
    document.getElementById("find").addEventListener("submit", ev => {
      ev.preventDefault();
      const found = select(document.getElementById("search").value);
      document.getElementById("found").textContent = found ? "" : "không thấy / not found";
    });
    window.cgSelect = select;
    window.cgStats = { nodes: nodes.length, edges: edges.length, drawn: raw.length, hidden: view.hidden, scale };
    window.cgReady = true;
  }

  return { fold, matcher, facts, indexPage, graphPage };
})();
