/* vnkg graph drawings with vis-network (served from the installed pyvis package, never a CDN).
   Every container with data-graph-src is drawn from that JSON ({nodes, edges}, as /graph.json and
   /api/graph/neighbors return). When a drawing is finished the container gets
   data-node-count="N" (and data-edge-count), so tests and scripts can tell that it drew. */
(function () {
  "use strict";

  var FONT = getComputedStyle(document.body).fontFamily || "sans-serif";
  var TYPE_NAMES = { person: "Person", org: "Organisation", post: "Post", event: "Event", task: "Task", place: "Place" };
  var RELATIONS = {
    "org:holds": "holds post", "org:postIn": "post in", "org:memberOf": "member of",
    "org:subOrganizationOf": "part of", "org:purpose": "task", "vnkg:acquiredPurpose": "took over task",
    "schema:location": "location", "schema:organizer": "organiser", "schema:attendee": "attendee",
    "schema:agent": "done by", "schema:recipient": "recipient", "schema:superEvent": "part of event",
    "schema:subEvent": "includes event", "vnkg:participant": "participant"
  };
  var colours = {};

  /* The type colours are set once, by the page's stylesheet (.t-<type> { --c }): read them from there. */
  function colourOf(type) {
    if (!colours[type]) {
      var probe = document.createElement("span");
      probe.className = "t-" + (TYPE_NAMES[type] ? type : "other");
      document.body.appendChild(probe);
      colours[type] = getComputedStyle(probe).getPropertyValue("--c").trim() || "#868e96";
      probe.remove();
    }
    return colours[type];
  }

  function textElement(lines) {
    var box = document.createElement("div");
    lines.forEach(function (line, i) {
      var p = document.createElement(i === 0 ? "strong" : "div");
      p.textContent = line;
      box.appendChild(p);
    });
    return box;
  }

  function short(text, n) {
    text = String(text || "");
    return text.length > n ? text.slice(0, n - 1) + "…" : text;
  }

  function relationName(rel) {
    return RELATIONS[rel] || String(rel || "").replace(/^[a-z-]+:/, "").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  }

  /* Turn the JSON into vis items: one edge per linked pair and direction, labels joined. */
  function toVis(data, center, withEdgeLabels) {
    var degree = {};
    var pairs = {};
    (data.edges || []).forEach(function (e) {
      degree[e.source] = (degree[e.source] || 0) + 1;
      degree[e.target] = (degree[e.target] || 0) + 1;
      var key = e.source + "\u0000" + e.target;
      var name = relationName(e.relation) + (e.role ? " (" + e.role + ")" : "");
      if (!pairs[key]) { pairs[key] = { from: e.source, to: e.target, names: [] }; }
      if (pairs[key].names.indexOf(name) < 0) { pairs[key].names.push(name); }
    });
    var nodes = (data.nodes || []).map(function (n) {
      var colour = colourOf(n.type);
      var isCenter = n.id === center;
      return {
        id: n.id, label: short(n.label, 30), fullLabel: n.label, type: n.type,
        size: isCenter ? 22 : Math.min(26, 9 + 3 * Math.sqrt(degree[n.id] || 0)),
        title: textElement([n.label, TYPE_NAMES[n.type] || n.type]),
        color: { background: colour, border: isCenter ? "#16202a" : "#ffffff",
                 highlight: { background: colour, border: "#16202a" }, hover: { background: colour, border: "#16202a" } },
        borderWidth: isCenter ? 3 : 1.5,
        font: isCenter ? { size: 15, bold: true } : undefined
      };
    });
    var edges = Object.keys(pairs).map(function (key) {
      var p = pairs[key];
      var text = p.names.join(", ");
      return { id: key, from: p.from, to: p.to, label: withEdgeLabels ? short(text, 28) : undefined, title: textElement([text]) };
    });
    return { nodes: nodes, edges: edges };
  }

  function options(count, withEdgeLabels) {
    return {
      autoResize: true,
      nodes: {
        shape: "dot",
        font: { face: FONT, size: 13, color: "#1f2933", strokeWidth: 4, strokeColor: "#ffffff" }
      },
      edges: {
        color: { color: "#b6c2cf", highlight: "#1864ab", hover: "#52606d" },
        arrows: { to: { enabled: true, scaleFactor: 0.45 } },
        width: 1.2,
        font: { face: FONT, size: withEdgeLabels ? 10 : 0, color: "#52606d", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
        smooth: { type: "continuous" }
      },
      physics: {
        solver: "forceAtlas2Based",
        forceAtlas2Based: { gravitationalConstant: -70, springLength: withEdgeLabels ? 130 : 115, avoidOverlap: 0.5 },
        stabilization: { enabled: true, iterations: count > 500 ? 150 : 400, fit: true }
      },
      interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: count > 400 },
      layout: { improvedLayout: count <= 200, randomSeed: 7 }
    };
  }

  function setup(box) {
    var panel = box.closest(".panel") || document;
    var status = panel.querySelector("[data-role=status]");
    var entityUrl = box.getAttribute("data-entity-url");
    var center = box.getAttribute("data-center") || null;
    var clickMode = box.getAttribute("data-click") || "select";
    var depth = parseInt(box.getAttribute("data-depth") || "0", 10);
    var maxDepth = parseInt(box.getAttribute("data-max-depth") || "6", 10);
    var withEdgeLabels = !!center;
    var network = null;
    var nodes = null;
    var edges = null;
    var byId = {};
    var linkCount = 0;  // links in the data; parallel ones are drawn as one line

    function say(text) { if (status) { status.textContent = text; } }

    if (typeof vis === "undefined" || !vis.Network) {
      say("The drawing library is missing: install the pyvis package, which ships vis-network.");
      box.setAttribute("data-error", "vis-network missing");
      return;
    }

    function source() {
      var src = box.getAttribute("data-graph-src");
      if (!center) { return src; }
      return src + (src.indexOf("?") >= 0 ? "&" : "?") + "depth=" + depth;
    }

    function drawn() {
      var n = nodes.length, m = linkCount;
      box.setAttribute("data-node-count", String(n));
      box.setAttribute("data-edge-count", String(m));
      say(n + (n === 1 ? " entity" : " entities") + ", " + m + (m === 1 ? " link" : " links") +
          (center ? " within " + depth + (depth === 1 ? " hop." : " hops.") : "."));
    }

    function openNode(id) {
      window.location.href = entityUrl.replace("__ID__", encodeURIComponent(id));
    }

    function showInfo(id) {
      var info = panel.querySelector("[data-role=info]");
      if (!info) { return; }
      var node = byId[id];
      if (!node) { info.hidden = true; return; }
      info.querySelector("[data-role=info-label]").textContent = node.label;
      var badge = info.querySelector("[data-role=info-type]");
      badge.textContent = TYPE_NAMES[node.type] || node.type;
      badge.className = "badge t-" + (TYPE_NAMES[node.type] ? node.type : "other");
      var linked = network.getConnectedNodes(id).length;
      info.querySelector("[data-role=info-context]").textContent = linked + (linked === 1 ? " link" : " links");
      info.querySelector("[data-role=info-link]").href = entityUrl.replace("__ID__", encodeURIComponent(id));
      info.hidden = false;
    }

    function focusOn(id) {
      if (!byId[id]) { return false; }
      network.selectNodes([id]);
      network.focus(id, { scale: 1.3, animation: { duration: 500, easingFunction: "easeInOutQuad" } });
      showInfo(id);
      return true;
    }

    function fillNames() {
      var list = document.getElementById("node-names");
      if (!list) { return; }
      list.textContent = "";
      Object.keys(byId).map(function (id) { return byId[id].label; }).sort().forEach(function (label) {
        var option = document.createElement("option");
        option.value = label;
        list.appendChild(option);
      });
    }

    function load() {
      say("Loading…");
      box.removeAttribute("data-node-count");
      fetch(source(), { headers: { Accept: "application/json" } })
        .then(function (r) {
          if (!r.ok) { throw new Error("the server answered " + r.status); }
          return r.json();
        })
        .then(function (data) {
          byId = {};
          linkCount = (data.edges || []).length;
          (data.nodes || []).forEach(function (n) { byId[n.id] = n; });
          var items = toVis(data, center, withEdgeLabels);
          if (!network) {
            nodes = new vis.DataSet(items.nodes);
            edges = new vis.DataSet(items.edges);
            say("Laying out " + items.nodes.length + " entities…");
            network = new vis.Network(box, { nodes: nodes, edges: edges }, options(items.nodes.length, withEdgeLabels));
            box.vnkgNetwork = network;  // for scripts and tests that drive the drawing
            network.on("stabilizationIterationsDone", function () {
              network.setOptions({ physics: { enabled: false } });
              // fit() frames the nodes, not their labels: leave the labels room at the edges
              network.fit();
              network.moveTo({ scale: network.getScale() * 0.88 });
            });
            network.on("click", function (params) {
              if (!params.nodes.length) { return; }
              var id = params.nodes[0];
              if (clickMode === "open") { if (id !== center) { openNode(id); } } else { showInfo(id); }
            });
            network.on("doubleClick", function (params) { if (params.nodes.length) { openNode(params.nodes[0]); } });
          } else {
            var keep = {};
            items.nodes.forEach(function (n) { keep[n.id] = true; });
            nodes.remove(nodes.getIds().filter(function (id) { return !keep[id]; }));
            edges.clear();
            nodes.update(items.nodes);
            edges.add(items.edges);
            network.setOptions({ physics: { enabled: true } });
            network.stabilize(200);
          }
          fillNames();
          if (!items.nodes.length) { drawn(); say("Nothing to draw for this selection."); return; }
          network.once("afterDrawing", function () {
            drawn();
            var wanted = box.getAttribute("data-focus");
            if (wanted) { box.removeAttribute("data-focus"); focusOn(wanted); }
          });
          network.redraw();
        })
        .catch(function (err) {
          say("The graph could not be loaded: " + err.message);
          box.setAttribute("data-error", String(err.message));
        });
    }

    panel.addEventListener("click", function (ev) {
      var button = ev.target.closest("[data-action]");
      if (!button || !network) { return; }
      var action = button.getAttribute("data-action");
      if (action === "fit") { network.fit({ animation: true }); }
      else if (action === "zoom-in") { network.moveTo({ scale: network.getScale() * 1.3, animation: true }); }
      else if (action === "zoom-out") { network.moveTo({ scale: network.getScale() / 1.3, animation: true }); }
      else if (action === "more" && depth < maxDepth) { depth += 1; load(); }
      else if (action === "less" && depth > 1) { depth -= 1; load(); }
    });

    var focusForm = document.getElementById("focus-form");
    if (focusForm) {
      focusForm.addEventListener("submit", function (ev) {
        ev.preventDefault();
        var input = document.getElementById("focus-input");
        var message = focusForm.querySelector("[data-role=focus-message]");
        var wanted = window.vnkgFold(input.value);
        if (!wanted || !network) { return; }
        var ids = Object.keys(byId);
        var hit = ids.filter(function (id) { return window.vnkgFold(byId[id].label) === wanted; })[0] ||
          ids.filter(function (id) { return window.vnkgFold(byId[id].label).indexOf(wanted) === 0; })[0] ||
          ids.filter(function (id) { return window.vnkgFold(byId[id].label).indexOf(wanted) >= 0; })[0];
        if (hit) { focusOn(hit); message.textContent = ""; }
        else { message.textContent = "No entity in this drawing matches “" + input.value + "”."; }
      });
    }

    load();
  }

  document.querySelectorAll("[data-graph-src]").forEach(setup);
})();
