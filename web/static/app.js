// tally serve: the pages' own script. It draws the maps (Leaflet on an
// offline Natural Earth basemap) and the charts (uPlot) from JSON data
// blocks the server renders, and adds small touches to htmx forms.
//
// Everything from a report reaches the DOM through textContent, never
// innerHTML, so report text stays text here as it does in the templates.
(function () {
  "use strict";

  var fieldColors = {
    killed: "#b3261e",
    injured: "#d97400",
    abducted: "#5b3fa6",
    detained: "#1f6f8b",
    missing: "#5d6268"
  };

  // readData parses the JSON the server put in an element's data-json
  // attribute.
  function readData(id) {
    var el = document.getElementById(id);
    if (!el) return null;
    try {
      return JSON.parse(el.getAttribute("data-json"));
    } catch (e) {
      return null;
    }
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  // ---- maps ----

  var world = null;
  function loadWorld() {
    if (!world) {
      world = fetch("/static/vendor/countries-50m.json")
        .then(function (r) {
          if (!r.ok) throw new Error("basemap: HTTP " + r.status);
          return r.json();
        })
        .then(function (topo) {
          return topojson.feature(topo, topo.objects.countries);
        });
    }
    return world;
  }

  function makeMap(container) {
    var map = L.map(container, {
      minZoom: 1,
      maxZoom: 11,
      zoomSnap: 0.5,
      worldCopyJump: false,
      maxBounds: [[-90, -200], [90, 200]]
    });
    map.attributionControl.addAttribution("Borders: Natural Earth");
    var canvas = L.canvas({ padding: 0.2 });
    loadWorld()
      .then(function (geo) {
        L.geoJSON(geo, {
          renderer: canvas,
          interactive: false,
          style: { color: "#8d969e", weight: 0.6, fillColor: "#f5f2ea", fillOpacity: 1 }
        })
          .addTo(map)
          .bringToBack();
      })
      .catch(function (e) {
        container.setAttribute("data-basemap-error", String(e));
      });
    return map;
  }

  function radius(best) {
    if (!(best > 0)) return 5;
    return Math.min(28, 5 + Math.sqrt(best) * 2);
  }

  function popupFor(p) {
    var box = el("div");
    var a = el("a", "popup-title", p.place || "unknown place");
    a.href = p.href;
    box.appendChild(a);
    box.appendChild(el("div", null, (p.date || "undated") + (p.type ? " · " + p.type : "")));
    if (p.killed) box.appendChild(el("div", null, "killed " + p.killed));
    return box;
  }

  function incidentMarker(p) {
    var m = L.circleMarker([p.lat, p.lon], {
      radius: radius(p.best),
      color: "#7a1f1f",
      weight: 1.5,
      fillColor: "#c0392b",
      fillOpacity: 0.55
    });
    m.bindPopup(popupFor(p));
    m.bindTooltip(el("span", null, (p.place || "") + " " + (p.date || "")));
    return m;
  }

  // ---- charts ----

  function chartWidth(container) {
    return Math.max(280, container.clientWidth - 4);
  }

  // padRange keeps a one-point chart from collapsing its x axis.
  function padRange(u, min, max) {
    if (min === max || min == null) {
      var d = 86400 * 20;
      return [(min || 0) - d, (max || 0) + d];
    }
    return [min, max];
  }

  function emptyNote(container, text) {
    container.textContent = "";
    container.appendChild(el("p", "muted", text));
  }

  var resizers = [];
  window.addEventListener("resize", function () {
    clearTimeout(window.__tallyResize);
    window.__tallyResize = setTimeout(function () {
      resizers.forEach(function (f) {
        f();
      });
    }, 150);
  });

  function mountChart(container, opts, data) {
    if (container.__uplot) {
      container.__uplot.destroy();
    }
    container.textContent = "";
    opts.width = chartWidth(container);
    var u = new uPlot(opts, data, container);
    container.__uplot = u;
    if (!container.__resizer) {
      container.__resizer = function () {
        if (container.__uplot) container.__uplot.setSize({ width: chartWidth(container), height: opts.height });
      };
      resizers.push(container.__resizer);
    }
    return u;
  }

  var wholeIncrs = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000];
  function noPath() {
    return null;
  }
  function showNonZero(u, seriesIdx) {
    var ys = u.data[seriesIdx];
    var idxs = [];
    for (var i = 0; i < ys.length; i++) if (ys[i] > 0) idxs.push(i);
    return idxs;
  }

  function timelineChart(container, t) {
    if (!t || !t.x || t.x.length === 0) {
      if (container.__uplot) {
        container.__uplot.destroy();
        container.__uplot = null;
      }
      emptyNote(container, "No dated incidents to chart.");
      return;
    }
    var bars = uPlot.paths && uPlot.paths.bars ? uPlot.paths.bars({ size: [0.7, 40] }) : undefined;
    mountChart(
      container,
      {
        height: 260,
        scales: { x: { time: true, range: padRange }, n: { range: [0, null] }, k: { range: [0, null] } },
        series: [
          { label: "Month", value: "{YYYY}-{MM}" },
          { label: "Incidents", scale: "n", stroke: "#7a8793", fill: "rgba(122,135,147,0.55)", paths: bars, points: { show: false } },
          // Killed as dots: a line would dive to zero between every event.
          { label: "Killed (best)", scale: "k", stroke: "#b3261e", fill: "#b3261e", width: 0, paths: noPath, points: { show: true, size: 8, filter: showNonZero } }
        ],
        axes: [
          {},
          { scale: "n", label: "incidents", size: 50, incrs: wholeIncrs },
          { scale: "k", side: 1, label: "killed", size: 50, grid: { show: false }, incrs: wholeIncrs }
        ]
      },
      [t.x, t.incidents, t.killed]
    );
  }

  function evolutionChart(container, ev) {
    if (!ev || !ev.x || ev.x.length === 0 || !ev.series || ev.series.length === 0) {
      emptyNote(container, "No dated figures to chart.");
      return;
    }
    var series = [{ label: "Published", value: "{YYYY}-{MM}-{DD}" }];
    var data = [ev.x];
    var bands = [];
    ev.series.forEach(function (s) {
      var color = fieldColors[s.field] || "#444";
      series.push({ label: s.field + " high", stroke: color, width: 2, spanGaps: true, points: { show: true, size: 7 } });
      series.push({ label: s.field + " low", stroke: color, width: 1, dash: [5, 4], spanGaps: true, points: { show: true, size: 5 } });
      data.push(s.high, s.low);
      bands.push({ series: [series.length - 2, series.length - 1], fill: color + "22" });
    });
    mountChart(
      container,
      {
        height: 280,
        scales: { x: { time: true, range: padRange }, y: { range: [0, null] } },
        series: series,
        bands: bands,
        axes: [{}, { label: "people", size: 50 }]
      },
      data
    );
  }

  // ---- pages ----

  var incidentsMap = null;
  var incidentsLayer = null;

  var drawn = null;
  function drawIncidents() {
    var block = document.getElementById("incidents-data");
    if (!block || block.getAttribute("data-json") === drawn) return;
    drawn = block.getAttribute("data-json");
    var data = readData("incidents-data");
    if (!data) return;
    var mapBox = document.getElementById("incidents-map");
    if (mapBox && window.L) {
      if (!incidentsMap) {
        incidentsMap = makeMap(mapBox);
        incidentsLayer = L.featureGroup().addTo(incidentsMap);
      }
      incidentsLayer.clearLayers();
      (data.points || []).forEach(function (p) {
        incidentMarker(p).addTo(incidentsLayer);
      });
      if ((data.points || []).length > 0) {
        incidentsMap.fitBounds(incidentsLayer.getBounds().pad(0.6), { maxZoom: 5 });
      } else {
        incidentsMap.setView([25, 20], 1.5);
      }
    }
    var chart = document.getElementById("incidents-timeline");
    if (chart && window.uPlot) timelineChart(chart, data.timeline);
  }

  function drawIncident() {
    var data = readData("incident-data");
    if (!data) return;
    var mapBox = document.getElementById("incident-map");
    if (mapBox && window.L) {
      var map = makeMap(mapBox);
      if (data.place) {
        var m = incidentMarker(data.place).addTo(map);
        m.unbindTooltip();
        m.bindTooltip(el("span", null, data.place.place || ""), { permanent: true, direction: "right", offset: [10, 0] });
        map.setView([data.place.lat, data.place.lon], 5);
      } else {
        map.setView([25, 20], 1.5);
      }
    }
    var chart = document.getElementById("evolution-chart");
    if (chart && window.uPlot) evolutionChart(chart, data.evolution);
  }

  // Tooltips of the evidence view: keep them on screen, and let Escape
  // dismiss one (WCAG 1.4.13) by leaving the highlight.
  function placeTip(mark) {
    var tip = mark.querySelector(":scope > .tip");
    if (!tip) return;
    tip.classList.remove("tip-left");
    var r = tip.getBoundingClientRect();
    if (r.right > window.innerWidth - 8) tip.classList.add("tip-left");
  }

  document.addEventListener("focusin", function (e) {
    if (e.target.matches && e.target.matches("mark.claim")) placeTip(e.target);
  });
  document.addEventListener("mouseover", function (e) {
    var m = e.target.closest && e.target.closest("mark.claim");
    if (m) placeTip(m);
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && document.activeElement && document.activeElement.matches("mark.claim")) {
      document.activeElement.blur();
    }
  });

  // Ingest: show upload progress, and clear a form once its report is in.
  document.addEventListener("htmx:beforeRequest", function (e) {
    var bar = document.getElementById("upload-progress");
    if (bar && e.target.closest && e.target.closest(".ingest-forms")) bar.removeAttribute("value");
  });
  document.addEventListener("htmx:xhr:progress", function (e) {
    var bar = document.getElementById("upload-progress");
    if (bar && e.detail && e.detail.lengthComputable && e.detail.total > 0) {
      bar.value = Math.round((100 * e.detail.loaded) / e.detail.total);
    }
  });
  document.addEventListener("htmx:afterRequest", function (e) {
    var form = e.target;
    if (form.matches && form.matches(".ingest-forms form") && e.detail.successful) form.reset();
  });

  // A new #results (a filter or a sort) brings new data for the map and
  // chart; drawIncidents skips data it has drawn already.
  document.addEventListener("htmx:load", drawIncidents);
  document.addEventListener("htmx:afterSettle", drawIncidents);

  function start() {
    drawIncidents();
    drawIncident();
    document.documentElement.setAttribute("data-app", "ready");
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
