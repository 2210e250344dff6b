// The script and the extra styles of the weights explorer: the only second implementation of
// the aggregation (ScoringPipeline+Aggregation.swift), held to it by Tests/Browser/explore_check.py.

/// The inline script and styles of `explore.html`.
///
/// The script re-weights the run's normalised indicators and aggregates them level by level as
/// ``ScoringPipeline`` does:
/// - each aggregate's children in node order; missing children dropped and the weights
///   re-scaled over those present; a cell with no child, or whose present share of weight is
///   below the coverage rule's aggregate minimum, stays missing;
/// - arithmetic `Σ (w/Σw)·x`, geometric `exp(Σ w·log x / Σw)`, harmonic `Σw / Σ (w/x)`,
///   generalised `(Σ (w/Σw)·x^p)^(1/p)`;
/// - every sum compensated (Neumaier), where the engine sums in extended precision: the two
///   agree to far below 1e-9 on index scores;
/// - ranks: the highest score 1, exactly equal scores share the lowest of their ranks
///   (1, 2, 2, 4), missing scores unranked; tied rows are listed by country code.
///
/// It reads the fragment (`#set=PRESET&w=ID:W,…&pin=CODE`) on load and writes it on every
/// change, so an address carries the view; and offers the weights of every node as a weights
/// file (``WeightsFile`` reads both forms) for `agile score --weights FILE`.
enum ExplorerScript {
    static let style = """

        /* The weights explorer (explore.html) only. */
        .explorer-weights fieldset { border: 1px solid #999; margin: 0.8rem 0; padding: 0.4rem 0.8rem; min-width: 0; }
        .explorer-weights legend { font-weight: 600; padding: 0 0.3rem; }
        .explorer-weights .weight { display: grid; grid-template-columns: minmax(0, 1fr) minmax(5rem, 12rem) 5.5rem; gap: 0.5rem; align-items: center; margin: 0.2rem 0; }
        .explorer-weights .weight.level-2 label { padding-left: 1rem; }
        .explorer-weights input[type=range] { width: 100%; margin: 0; min-width: 0; }
        .explorer-weights input[type=number] { width: 100%; box-sizing: border-box; font: inherit; }
        .explorer-weights select { font: inherit; max-width: 100%; }
        .explorer-weights input[aria-invalid=true] { outline: 2px solid #a4161a; }
        table.explorer { table-layout: fixed; min-width: 30rem; }
        table.explorer th:nth-child(1) { width: 3.5rem; }
        table.explorer th:nth-child(3) { width: 7rem; }
        table.explorer th:nth-child(4) { width: 25%; }
        table.explorer th:nth-child(5) { width: 4.5rem; }
        table.explorer th:nth-child(6) { width: 6.5rem; }
        table.explorer td { overflow-wrap: anywhere; }
        table.explorer td.bar span { display: block; height: 0.9rem; background: #0b4f8a; transform-origin: 0 0; }
        table.explorer tr.pinned { background: #fff3c4; font-weight: 600; }
        table.explorer .up { color: #0a6b2f; }
        table.explorer .down { color: #a4161a; }
        p.notice { border: 2px solid #1a1a1a; padding: 0.5rem 0.8rem; background: #f3f3f3; }
        @media (max-width: 40rem) {
          .explorer-weights .weight { grid-template-columns: minmax(0, 1fr) 5rem; }
          .explorer-weights .weight label { grid-column: 1 / -1; }
        }
        @media print { .explorer-weights { display: none; } }

        """

    /// The script (no `</` inside, so it cannot end its element early).
    static let source = #"""
        // The weights explorer: re-weights the run's normalised indicators and aggregates them
        // as the engine does (see ExplorerScript.swift); no network, no library.
        "use strict";
        (function () {
          var data = JSON.parse(document.getElementById("explorer-data").textContent);
          var nodes = data.nodes, count = nodes.length, n = data.units.length;
          var position = {}, children = [], first = 0, k, r;
          nodes.forEach(function (node, i) { position[node.id] = i; children.push([]); if (node.level === 1) first = i + 1; });
          nodes.forEach(function (node, i) { if (node.parent !== null) children[position[node.parent]].push(i); });
          var matrix = new Float64Array(count * n).fill(NaN);
          data.values.forEach(function (column, i) {
            for (r = 0; r < n; r++) matrix[i * n + r] = column[r] === null ? NaN : column[r];
          });
          var weights = new Float64Array(count), preset = 0;
          var controlled = [];
          for (k = first; k < count; k++) if (document.getElementById("w" + k)) controlled.push(k);

          // Neumaier's compensated sum.
          function Sum() { this.s = 0; this.c = 0; }
          Sum.prototype.add = function (x) {
            var t = this.s + x;
            if (Math.abs(this.s) >= Math.abs(x)) this.c += (this.s - t) + x; else this.c += (x - t) + this.s;
            this.s = t;
          };
          Sum.prototype.value = function () { return this.s + this.c; };

          // Every aggregate from its children, level by level (node order is level order).
          function aggregate() {
            for (var a = first; a < count; a++) {
              var members = children[a], rule = nodes[a].aggregation, total = new Sum(), m = members.length, j;
              for (j = 0; j < m; j++) total.add(weights[members[j]]);
              var totalWeight = total.value();
              for (var row = 0; row < n; row++) {
                var missing = 0, weight = totalWeight, x, w;
                for (j = 0; j < m; j++) if (isNaN(matrix[members[j] * n + row])) missing++;
                if (missing > 0) {
                  var available = new Sum();
                  for (j = 0; j < m; j++) if (!isNaN(matrix[members[j] * n + row])) available.add(weights[members[j]]);
                  weight = available.value();
                  if (missing === m || weight / totalWeight < data.minimum) { matrix[a * n + row] = NaN; continue; }
                }
                var sum = new Sum();
                for (j = 0; j < m; j++) {
                  x = matrix[members[j] * n + row]; w = weights[members[j]];
                  if (isNaN(x)) continue;
                  if (rule === "arithmetic") sum.add(missing === 0 ? (w / totalWeight) * x : w / weight * x);
                  else if (rule === "geometric") sum.add(w * Math.log(x));
                  else if (rule === "harmonic") sum.add(w / x);
                  else sum.add(w / weight * Math.pow(x, rule));
                }
                var v = sum.value();
                matrix[a * n + row] = rule === "arithmetic" ? v : rule === "geometric" ? Math.exp(v / weight)
                  : rule === "harmonic" ? weight / v : Math.pow(v, 1 / rule);
              }
            }
          }

          // Ranks: highest first, exactly equal scores share the lowest rank, missing unranked;
          // the order lists tied and unranked rows by code.
          function rank(scores) {
            var order = [], ranks = new Float64Array(n).fill(NaN), row;
            for (row = 0; row < n; row++) order.push(row);
            order.sort(function (a, b) {
              var x = scores[a], y = scores[b];
              if (isNaN(x) !== isNaN(y)) return isNaN(x) ? 1 : -1;
              if (x !== y && !isNaN(x)) return y > x ? 1 : -1;
              return data.units[a] < data.units[b] ? -1 : data.units[a] > data.units[b] ? 1 : 0;
            });
            var current = 0, previous = NaN;
            order.forEach(function (row, i) {
              if (isNaN(scores[row])) return;
              if (scores[row] !== previous) { current = i + 1; previous = scores[row]; }
              ranks[row] = current;
            });
            return { order: order, ranks: ranks };
          }

          function tier(score) {
            var best = null;
            data.tiers.forEach(function (t) {
              var minimum = t[1] === null ? -Infinity : t[1];
              if (score >= minimum && (best === null || minimum > best[1])) best = [t[0], minimum];
            });
            return isNaN(score) || best === null ? "\u2013" : best[0];
          }

          function text(cell, value) { if (cell.textContent === value) return false; cell.textContent = value; return true; }
          function rankText(x) { return x === null || isNaN(x) ? "\u2013" : String(x); }
          function format(x) { return isFinite(x) ? x.toFixed(1).replace("-", "\u2212") : "\u2013"; }

          var body = document.getElementById("rows"), rowOf = [], shown = [];
          Array.prototype.forEach.call(body.rows, function (tr) {
            var row = Number(tr.getAttribute("data-unit"));
            rowOf[row] = tr;
            shown.push(row);
          });
          var result = null;

          // Recompute and show; called on every change of a weight.
          function update(write) {
            aggregate();
            var scores = new Float64Array(n), root = count - 1, finite = [], moved = 0;
            for (r = 0; r < n; r++) { scores[r] = matrix[root * n + r]; if (isFinite(scores[r])) finite.push(scores[r]); }
            var ranked = rank(scores);
            var low = Math.min(0, Math.min.apply(null, finite)), high = Math.max(Math.max.apply(null, finite), low + 1);
            var pin = document.getElementById("pin").value, reordered = false;
            k = 0;
            ranked.order.forEach(function (row) {
              var tr = rowOf[row], cells = tr.cells;
              var change = data.rank[row] === null ? NaN : data.rank[row] - ranked.ranks[row];
              // Only what changed is written (each write costs a layout); the bar is scaled, not resized.
              text(cells[0], rankText(ranked.ranks[row]));
              text(cells[2], format(scores[row]));
              cells[3].firstChild.style.transform = "scaleX(" + (isFinite(scores[row]) ? (scores[row] - low) / (high - low) : 0) + ")";
              if (text(cells[4], isNaN(change) ? "\u2013" : change > 0 ? "\u25B2 " + change : change < 0 ? "\u25BC " + (-change) : "=")) {
                cells[4].className = change > 0 ? "up" : change < 0 ? "down" : "";
                cells[4].title = change > 0 ? "up " + change + " from the published rank" : change < 0 ? "down " + (-change) + " from the published rank" : "";
              }
              text(cells[5], tier(scores[row]));
              if ((tr.className === "pinned") !== (data.units[row] === pin)) tr.className = data.units[row] === pin ? "pinned" : "";
              if (change !== 0 && !isNaN(change)) moved++;
              if (shown[k] !== row) reordered = true;
              k++;
            });
            if (reordered) {
              var fragment = document.createDocumentFragment();
              ranked.order.forEach(function (row) { fragment.appendChild(rowOf[row]); });
              body.appendChild(fragment);
              shown = ranked.order;
            }
            result = { scores: scores, ranks: ranked.ranks };
            document.getElementById("summary").textContent = moved === 0 ? "Every country keeps its published rank."
              : moved + " of " + n + " countries change rank from the published ranking.";
            var pinned = data.units.indexOf(pin);
            document.getElementById("pinned").textContent = pinned < 0 ? "" : data.names[pinned] + ": rank " + rankText(ranked.ranks[pinned])
              + " (published " + rankText(data.rank[pinned]) + "), score " + format(scores[pinned]) + ".";
            var same = controlled.every(function (node) { return weights[node] === data.presets[preset].weights[node]; });
            document.getElementById("changed").textContent = same ? "" : "(changed)";
            downloads();
            if (write) writeFragment();
          }

          // The weights of every node but the root, in the weights file's order: aggregates from
          // the top level down, then the indicators.
          function fileNodes() {
            var levels = nodes.map(function (node) { return node.level; }), top = Math.max.apply(null, levels), list = [];
            for (var level = top - 1; level >= 2; level--) nodes.forEach(function (node, i) { if (node.level === level) list.push(i); });
            nodes.forEach(function (node, i) { if (node.level === 1) list.push(i); });
            return list;
          }
          var fileOrder = fileNodes();
          function downloads() {
            var json = "{\n  \"edition\": " + data.edition + ",\n  \"framework\": " + JSON.stringify(data.framework) + ",\n  \"weights\": {\n"
              + fileOrder.map(function (i) { return "    " + JSON.stringify(nodes[i].id) + ": " + String(weights[i]); }).join(",\n") + "\n  }\n}\n";
            var csv = "id,weight\n" + fileOrder.map(function (i) { return csvCell(nodes[i].id) + "," + String(weights[i]); }).join("\n") + "\n";
            document.getElementById("download-json").href = "data:application/json;charset=utf-8," + encodeURIComponent(json);
            document.getElementById("download-csv").href = "data:text/csv;charset=utf-8," + encodeURIComponent(csv);
          }
          function csvCell(text) { return /[",\n\r]/.test(text) ? "\"" + text.replace(/"/g, "\"\"") + "\"" : text; }

          // The fragment: set=PRESET&w=ID:W,ID:W&pin=CODE (ids and codes URI-encoded).
          var written = "";
          function writeFragment() {
            var parts = ["set=" + encodeURIComponent(data.presets[preset].id),
              "w=" + controlled.map(function (i) { return encodeURIComponent(nodes[i].id) + ":" + String(weights[i]); }).join(",")];
            var pin = document.getElementById("pin").value;
            if (pin) parts.push("pin=" + encodeURIComponent(pin));
            written = "#" + parts.join("&");
            if (location.hash !== written) history.replaceState(null, "", written);
          }
          var pending = null;
          function later() {
            if (pending !== null) clearTimeout(pending);
            pending = setTimeout(function () { pending = null; writeFragment(); }, 250);
          }
          function readFragment() {
            var fields = {};
            location.hash.replace(/^#/, "").split("&").forEach(function (part) {
              var at = part.indexOf("=");
              if (at > 0) fields[part.slice(0, at)] = part.slice(at + 1);
            });
            var chosen = 0;
            data.presets.forEach(function (p, i) { if (fields.set !== undefined && p.id === decodeURIComponent(fields.set)) chosen = i; });
            applyPreset(chosen);
            (fields.w || "").split(",").forEach(function (pair) {
              var at = pair.lastIndexOf(":"), node = position[decodeURIComponent(pair.slice(0, at))], w = Number(pair.slice(at + 1));
              if (at > 0 && node >= first && controlled.indexOf(node) >= 0 && isFinite(w) && w >= 0 && pair.slice(at + 1) !== "") setWeight(node, w);
            });
            var pin = fields.pin === undefined ? "" : decodeURIComponent(fields.pin);
            document.getElementById("pin").value = data.units.indexOf(pin) >= 0 ? pin : "";
          }

          function setWeight(node, w) {
            weights[node] = w;
            var slider = document.getElementById("r" + node), box = document.getElementById("w" + node);
            if (Number(slider.max) < w) slider.max = String(Math.ceil(w));
            slider.value = String(w);
            box.value = String(w);
            box.removeAttribute("aria-invalid");
          }
          function applyPreset(i) {
            preset = i;
            document.getElementById("preset").value = String(i);
            for (var node = 0; node < count; node++) weights[node] = data.presets[i].weights[node];
            controlled.forEach(function (node) { setWeight(node, weights[node]); });
          }

          controlled.forEach(function (node) {
            var slider = document.getElementById("r" + node), box = document.getElementById("w" + node);
            // While a slider moves, the address is written once it rests (history writes are slow).
            slider.addEventListener("input", function () { setWeight(node, Number(slider.value)); update(false); later(); });
            slider.addEventListener("change", writeFragment);
            box.addEventListener("input", function () {
              var w = Number(box.value);
              if (box.value.trim() === "" || !isFinite(w) || w < 0) { box.setAttribute("aria-invalid", "true"); return; }
              box.removeAttribute("aria-invalid");
              weights[node] = w;
              if (Number(slider.max) < w) slider.max = String(Math.ceil(w));
              slider.value = String(w);
              update(true);
            });
          });
          document.getElementById("preset").addEventListener("change", function () {
            applyPreset(Number(document.getElementById("preset").value)); update(true);
          });
          document.getElementById("pin").addEventListener("change", function () { update(true); });
          window.addEventListener("hashchange", function () { if (location.hash !== written) { readFragment(); update(false); } });

          readFragment();
          update(true);
          document.getElementById("weights").hidden = false;
          // For tests and the benchmark: the current scores and ranks (by row), full precision.
          window.agileExplorer = { result: function () { return result; }, units: data.units };
        })();

        """#
}
