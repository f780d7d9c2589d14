// depeche web page: map, timeline, table and article view over the JSON API.
// Every piece of stored text reaches the page as a text node, never through the HTML parser.
"use strict";

const TYPES = ["ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "THREATEN", "SANCTION", "ACCUSE", "REJECT",
  "REQUEST", "RETREAT", "AID", "COOPERATE", "CONCEDE", "SUPPORT", "CONSULT", "AGREE"];
const COLOURS = {
  ASSAULT: "#c62828", COERCE: "#ef6c00", PROTEST: "#f9a825", MOBILIZE: "#6d4c41", THREATEN: "#ad1457",
  SANCTION: "#4527a0", ACCUSE: "#8e24aa", REJECT: "#5d4037", REQUEST: "#00838f", RETREAT: "#546e7a",
  AID: "#2e7d32", COOPERATE: "#1565c0", CONCEDE: "#00695c", SUPPORT: "#7cb342", CONSULT: "#0277bd",
  AGREE: "#283593",
};
const colour = (type) => COLOURS[type] || "#607d8b";

const state = { filters: {}, brush: null, selected: null, markers: new Map() };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function params(extra) {
  const p = new URLSearchParams();
  const f = { ...state.filters };
  if (state.brush && extra && extra.brushed) {
    f.since = state.brush[0];
    f.until = state.brush[1];
  }
  for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
  for (const [k, v] of Object.entries(extra || {})) if (k !== "brushed" && v !== undefined) p.set(k, v);
  return p;
}

async function getJSON(url) {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) {
    const detail = Array.isArray(body.detail) ? body.detail.map((d) => d.msg).join("; ") : body.detail;
    throw new Error(detail || response.statusText);
  }
  return body;
}

// --- map ------------------------------------------------------------------------------------

// No tile layer (no network): the zoom range must be given, marker clusters need it.
const map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([25, 15], 3);
const clusters = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
map.addLayer(clusters);
fetch("/api/basemap").then((r) => (r.ok ? r.json() : null)).then((outlines) => {
  if (!outlines) return;
  const layer = L.geoJSON(outlines, {
    style: { color: "#90a4ae", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 },
    interactive: false,
  });
  layer.addTo(map);
  layer.bringToBack();
}).catch(() => {}).finally(() => { document.body.dataset.basemap = "done"; });

function markerFor(ev) {
  const killed = ev.killed || 0;
  const size = Math.round(12 + Math.min(26, 5 * Math.log2(1 + killed)));
  const icon = L.divIcon({
    className: "",
    html: "",
    iconSize: [size, size],
  });
  const marker = L.marker([ev.place.lat, ev.place.lon], { icon, title: `${ev.type} ${ev.place.name || ""}` });
  marker.on("add", () => {
    const node = marker.getElement();
    if (!node) return;
    node.classList.add("ev-marker");
    node.style.background = colour(ev.type);
    node.dataset.eventId = ev.id;
    node.dataset.type = ev.type;
  });
  marker.on("click", () => selectEvent(ev.id));
  return marker;
}

function drawMap(events) {
  clusters.clearLayers();
  state.markers.clear();
  const located = events.filter((e) => e.place && e.place.lat !== null && e.place.lat !== undefined
    && e.place.lon !== null && e.place.lon !== undefined);
  const markers = located.map((ev) => {
    const m = markerFor(ev);
    state.markers.set(ev.id, m);
    return m;
  });
  clusters.addLayers(markers);
  if (markers.length) {
    const bounds = L.latLngBounds(markers.map((m) => m.getLatLng()));
    map.fitBounds(bounds.pad(0.5), { maxZoom: 7 });
  }
}

// Opens the cluster holding an event's marker (zooming or spreading it out); resolves when shown.
function showOnMap(id) {
  const marker = state.markers.get(id);
  if (!marker) return Promise.resolve(false);
  return new Promise((resolve) => clusters.zoomToShowLayer(marker, () => resolve(true)));
}
window.depeche = { map, clusters, showOnMap };

// --- table ----------------------------------------------------------------------------------

function dateText(d) {
  if (!d || !d.start) return "";
  return d.end && d.end !== d.start ? `${d.start} – ${d.end}` : d.start;
}

function drawTable(events) {
  const body = document.querySelector("#events-table tbody");
  body.replaceChildren(...events.map((ev) => el("tr", {
    "data-event-id": ev.id, onclick: () => { showOnMap(ev.id); selectEvent(ev.id); },
  },
    el("td", {}, dateText(ev.date)),
    el("td", {}, el("span", { style: `color:${colour(ev.type)}` }, "● "), ev.type),
    el("td", {}, ev.place ? [ev.place.name, ev.place.country].filter(Boolean).join(", ") : ""),
    el("td", {}, ev.actor ? ev.actor.name : ""),
    el("td", {}, ev.target ? ev.target.name : ""),
    el("td", {}, ev.killed ?? ""),
    el("td", {}, ev.status || ""),
    el("td", {}, ev.doc_id),
  )));
}

// --- timeline -------------------------------------------------------------------------------
// A histogram on a continuous time axis: each bar spans its day, week or month.

const SVGNS = "http://www.w3.org/2000/svg";
function svg(tag, attrs) {
  const node = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

const DAY = 86400000;
const timeline = { bucket: "day", from: 0, to: 1, width: 600 };

function periodStart(period) {
  return Date.parse(period.length === 7 ? `${period}-01T00:00:00Z` : `${period}T00:00:00Z`);
}
function periodStop(period, bucket) {  // the first instant after the period
  const start = new Date(periodStart(period));
  if (bucket === "month") return Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
  return start.getTime() + (bucket === "week" ? 7 : 1) * DAY;
}
const isoDay = (t) => new Date(t).toISOString().slice(0, 10);
const xOf = (t) => ((t - timeline.from) / (timeline.to - timeline.from)) * timeline.width;
const timeOf = (x) => timeline.from + (x / timeline.width) * (timeline.to - timeline.from);

function drawTimeline(data) {
  const box = document.getElementById("timeline");
  const width = box.clientWidth || 600;
  const height = box.clientHeight || 100;
  box.replaceChildren();
  const totals = new Map();
  for (const row of data.rows) totals.set(row.period, (totals.get(row.period) || 0) + row.count);
  const periods = [...totals.keys()].sort();
  timeline.bucket = data.bucket;
  timeline.width = width;
  if (!periods.length) {
    const t = svg("text", { x: 8, y: 20, fill: "#888" });
    t.textContent = "no dated events";
    box.append(t);
    return;
  }
  timeline.from = periodStart(periods[0]);
  timeline.to = periodStop(periods[periods.length - 1], data.bucket);
  const max = Math.max(...totals.values());
  const stacked = new Map();
  const rows = [...data.rows].sort((a, b) => TYPES.indexOf(a.type) - TYPES.indexOf(b.type));
  for (const row of rows) {
    const below = stacked.get(row.period) || 0;
    stacked.set(row.period, below + row.count);
    const x0 = xOf(periodStart(row.period));
    const x1 = xOf(periodStop(row.period, data.bucket));
    const h = ((height - 20) * row.count) / max;
    const y = height - 14 - ((height - 20) * (below + row.count)) / max;
    const rect = svg("rect", { x: x0, y, width: Math.max(1.5, x1 - x0 - 1), height: h, fill: colour(row.type) });
    const title = svg("title", {});
    title.textContent = `${row.period} ${row.type}: ${row.count}`;
    rect.append(title);
    box.append(rect);
  }
  for (const [t, anchor] of [[timeline.from, "start"], [timeline.to - DAY, "end"]]) {
    const label = svg("text", { x: anchor === "start" ? 3 : width - 3, y: height - 2, "font-size": 10,
      fill: "#555", "text-anchor": anchor });
    label.textContent = isoDay(t);
    box.append(label);
  }
  drawBrush();
  const legend = document.getElementById("legend");
  const seen = TYPES.filter((t) => data.rows.some((r) => r.type === t));
  legend.replaceChildren(...seen.map((t) => el("span", {}, el("i", { style: `background:${colour(t)}` }), t)));
}

function drawBrush(x0, x1) {
  const box = document.getElementById("timeline");
  box.querySelectorAll(".brush").forEach((n) => n.remove());
  if (x0 === undefined) {
    if (!state.brush) return;
    x0 = xOf(Date.parse(`${state.brush[0]}T00:00:00Z`));
    x1 = xOf(Date.parse(`${state.brush[1]}T00:00:00Z`) + DAY);
  }
  const [a, b] = x0 <= x1 ? [x0, x1] : [x1, x0];
  box.append(svg("rect", { class: "brush", x: a, y: 0, width: Math.max(2, b - a), height: box.clientHeight || 100 }));
}

let brushStart = null;
function xAt(evt) {
  const rect = document.getElementById("timeline").getBoundingClientRect();
  return Math.max(0, Math.min(timeline.width, evt.clientX - rect.left));
}

function setupBrush() {
  const box = document.getElementById("timeline");
  box.addEventListener("mousedown", (e) => {
    brushStart = xAt(e);
    drawBrush(brushStart, brushStart);
  });
  box.addEventListener("mousemove", (e) => { if (brushStart !== null) drawBrush(brushStart, xAt(e)); });
  window.addEventListener("mouseup", (e) => {
    if (brushStart === null) return;
    const [a, b] = [brushStart, xAt(e)].sort((p, q) => p - q);
    brushStart = null;
    if (b - a < 3) { drawBrush(); return; }  // a click, not a drag (a double-click clears)
    state.brush = [isoDay(timeOf(a)), isoDay(Math.max(timeOf(a), timeOf(b) - 1))];
    document.getElementById("brush-label").textContent = `(selected ${state.brush[0]} to ${state.brush[1]})`;
    drawBrush();
    loadEvents();
  });
  box.addEventListener("dblclick", () => {
    state.brush = null;
    document.getElementById("brush-label").textContent = "";
    drawBrush();
    loadEvents();
  });
}

// --- the selected event and its article -------------------------------------------------------

function drawArticle(doc, eventId) {
  const box = document.getElementById("article");
  const text = doc.text;
  const evidence = new Set();
  const cuts = new Set([0, text.length]);
  for (const s of doc.spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const over = doc.spans.filter((s) => s.start <= from && s.end >= to);
    const piece = text.slice(from, to);
    if (!over.length || !piece.trim()) { nodes.push(document.createTextNode(piece)); continue; }
    const classes = new Set(over.map((s) => `hl-${s.kind}`));
    const mine = over.some((s) => (s.kind === "evidence" || s.kind === "trigger") && s.event === eventId);
    if (mine) classes.add("hl-selected");
    classes.delete("hl-evidence");
    const node = el("span", { class: [...classes].join(" "), title: over.map((s) => `${s.kind}: ${s.label}`).join("\n") },
      piece);
    if (mine) evidence.add(node);
    nodes.push(node);
  }
  const keys = el("div", { class: "keys" }, ...["place", "time", "count", "actor", "trigger"].map(
    (k) => el("span", { class: `hl-${k}` }, k)), el("span", { class: "hl-selected" }, "evidence"));
  const head = el("h3", {}, doc.title || doc.doc_id);
  const meta = el("div", { class: "muted" }, [doc.doc_id, doc.published, doc.url].filter(Boolean).join(" · "));
  box.replaceChildren(head, meta, keys, el("div", { id: "article-text" }, ...nodes));
  const first = [...evidence][0];
  if (first) first.scrollIntoView({ block: "center" });
}

async function selectEvent(id) {
  state.selected = id;
  document.querySelectorAll("#events-table tr.selected").forEach((r) => r.classList.remove("selected"));
  document.querySelectorAll("#events-table tr").forEach((r) => {
    if (r.dataset.eventId === id) r.classList.add("selected");
  });
  const detail = document.getElementById("event-detail");
  let ev;
  try {
    ev = await getJSON(`/api/events/${encodeURIComponent(id)}`);
  } catch (err) {
    detail.replaceChildren(el("p", { class: "muted" }, `cannot load event: ${err.message}`));
    return;
  }
  const sentence = (ev.evidence || []).map((e) => e.text).join(" ");
  const line = (label, value) => (value === null || value === undefined || value === "" ? null
    : el("div", {}, el("b", {}, `${label}: `), value));
  detail.replaceChildren(...[
    el("h3", {}, el("span", { style: `color:${colour(ev.type)}` }, "● "), `${ev.type}`,
      ev.acled_sub_event_type ? ` (${ev.acled_sub_event_type})` : ""),
    el("blockquote", { class: "evidence-sentence", id: "evidence-sentence" }, sentence || "(no evidence sentence)"),
    line("when", dateText(ev.date) + (ev.date && ev.date.precision ? ` (${ev.date.precision})` : "")),
    line("where", ev.place ? [ev.place.name, ev.place.country].filter(Boolean).join(", ") : ""),
    line("actor", ev.actor && ev.actor.name),
    line("target", ev.target && ev.target.name),
    line("killed", ev.killed), line("injured", ev.injured), line("displaced", ev.displaced),
    line("arrested", ev.arrested),
    line("status", ev.status),
    line("reported by", ev.source && ev.source.name),
    line("confidence", ev.confidence),
    line("document", ev.doc_id),
  ].filter(Boolean));
  try {
    drawArticle(await getJSON(`/api/documents/${encodeURIComponent(ev.doc_id)}`), ev.event_id);
  } catch (err) {
    document.getElementById("article").replaceChildren(el("p", { class: "muted" }, `cannot load article: ${err.message}`));
  }
}

// --- loading --------------------------------------------------------------------------------

let loading = 0;
async function loadEvents() {
  const summary = document.getElementById("summary");
  const mine = ++loading;
  try {
    const data = await getJSON(`/api/events?${params({ brushed: true, limit: 1000 })}`);
    if (mine !== loading) return;  // a newer request is on its way: its answer wins
    drawMap(data.events);
    drawTable(data.events);
    summary.textContent = data.total > data.events.length
      ? `${data.events.length} of ${data.total} events` : `${data.total} events`;
    document.body.dataset.loaded = "events";
  } catch (err) {
    summary.textContent = `error: ${err.message}`;
  }
  document.querySelectorAll(".exports a").forEach((a) => {
    a.href = `/api/export?${params({ brushed: true, format: a.dataset.format })}`;
  });
}

async function loadTimeline() {
  // Months first, to see the span; then the finest bucket that keeps the bars readable.
  try {
    const months = await getJSON(`/api/stats/timeline?${params({ bucket: "month" })}`);
    const periods = months.rows.map((r) => r.period).sort();
    let data = months;
    if (periods.length) {
      const span = (periodStop(periods[periods.length - 1], "month") - periodStart(periods[0])) / DAY;
      const bucket = span <= 125 ? "day" : span <= 3 * 366 ? "week" : "month";
      if (bucket !== "month") data = await getJSON(`/api/stats/timeline?${params({ bucket })}`);
    }
    drawTimeline(data);
  } catch (err) {
    document.getElementById("timeline").replaceChildren();
  }
}

function readFilters() {
  const form = document.getElementById("filters");
  state.filters = {};
  for (const [k, v] of new FormData(form).entries()) if (String(v).trim()) state.filters[k] = String(v).trim();
}

function init() {
  const select = document.querySelector("select[name=type]");
  for (const t of TYPES) select.append(el("option", { value: t }, t));
  document.getElementById("filters").addEventListener("submit", (e) => {
    e.preventDefault();
    readFilters();
    state.brush = null;
    document.getElementById("brush-label").textContent = "";
    loadTimeline();
    loadEvents();
  });
  document.getElementById("reset").addEventListener("click", () => {
    document.getElementById("filters").reset();
    document.getElementById("filters").requestSubmit();
  });
  setupBrush();
  loadTimeline();
  loadEvents();
}

init();
