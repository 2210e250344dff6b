#!/usr/bin/python3
"""Real-browser check of a generated report site: every .html page, in headless Chromium.

    /usr/bin/python3 Tests/Browser/check_site.py [--screenshots DIR] [PATH ...]

Each PATH is a folder (every .html below it, at any depth) or a page; the default is Reports/.
Every page is opened once at each width (1200 and 400 CSS px, device scale 1) and fails on:

- overflow: the page is wider than the viewport (document scrollWidth > viewport width), named
  by the outermost elements that stick out. What overflows inside a container that scrolls
  horizontally itself (a figure or table wrapper with overflow-x: auto) is allowed.
- svg text outside: an SVG <text> whose box (its bounding box turned by its transforms, in the
  SVG's viewBox units) leaves the viewBox.
- svg text overlap: two <text> of the same SVG whose boxes overlap.
- contrast: a heat-map cell label (a <text data-cell-label>) under WCAG 4.5:1 against the fill
  of the cell <rect> in its group, both as the browser computed them (a pattern fill is read as
  the fill of the pattern's first rect, its background).
- broken link: a local href or src whose file is missing.
- broken anchor: a #fragment with no element of that id on the page it names (ids are read
  from each page as the browser built it, so ids a script adds count).
- console error: a message the browser logged at level SEVERE (a script error, a failed load).

Tolerance: a text box may reach 1 viewBox unit beyond the viewBox, and two boxes may overlap by
up to 1 unit on every axis, before either counts: a text's box is its font's whole line box
(ascent to descent), so stacked lines and neighbours set a unit apart touch without colliding.
Page overflow allows 0.5 px (sub-pixel rounding).

Exit status 0 when every page passes, 1 with one line per finding
(`PAGE @WIDTHpx: WHAT: DETAIL`), 2 when the browser cannot be started or a PATH is wrong.
Screenshots (--screenshots): the latest edition's ranking at 1200, one of its country pages at
400, its audit page (else its evidence page) at 1200, full length, as PNG files.

Chromium runs headless (--headless=new --no-sandbox --disable-gpu), driven by Debian's
python3-selenium through /usr/bin/chromedriver named explicitly, so nothing is fetched.
"""

import argparse
import os
import re
import sys
import time
import urllib.parse

WIDTHS = (1200, 400)
HEIGHT = 900
TEXT_TOLERANCE = 1.0
OVERFLOW_TOLERANCE = 0.5
MINIMUM_CONTRAST = 4.5
CHROMEDRIVER = "/usr/bin/chromedriver"

# Runs in the page; returns everything the checks need from the page as the browser laid it out.
PAGE_SCRIPT = r"""
const textTolerance = arguments[0], overflowTolerance = arguments[1], minimumContrast = arguments[2];
const doc = document.documentElement;
const viewport = doc.clientWidth;
function describe(element) {
  let name = element.tagName.toLowerCase();
  if (element.id) name += '#' + element.id;
  const cls = element.getAttribute('class');
  if (cls) name += '.' + cls.trim().split(/\s+/).join('.');
  const text = (element.textContent || '').replace(/\s+/g, ' ').trim();
  if (text) name += ' "' + (text.length > 60 ? text.slice(0, 59) + '…' : text) + '"';
  return name;
}
function scrollsSideways(element) {
  const overflow = getComputedStyle(element).overflowX;
  return overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden' || overflow === 'clip';
}
const result = {viewport: viewport, scrollWidth: doc.scrollWidth, overflowing: [], outside: [],
                overlaps: [], contrast: [], ids: [], links: []};
// Overflow: the outermost elements whose right edge passes the viewport, not inside a scroller.
if (doc.scrollWidth > viewport + overflowTolerance) {
  const walk = (element) => {
    for (const child of element.children) {
      const box = child.getBoundingClientRect();
      if (box.right + window.scrollX > viewport + overflowTolerance && box.width > 0) {
        result.overflowing.push(describe(child) + ' reaches ' + Math.round(box.right + window.scrollX) + ' px');
        if (result.overflowing.length >= 5) return;
      } else if (!scrollsSideways(child) && child.namespaceURI !== 'http://www.w3.org/2000/svg') {
        walk(child);
        if (result.overflowing.length >= 5) return;
      }
    }
  };
  walk(document.body);
}
// SVG text: each <text>'s box as a quadrilateral in its outermost SVG's viewBox units.
function corners(text, svg) {
  const box = text.getBBox();
  if (box.width === 0 && box.height === 0) return null;
  const matrix = svg.getScreenCTM().inverse().multiply(text.getScreenCTM());
  const points = [[box.x, box.y], [box.x + box.width, box.y],
                  [box.x + box.width, box.y + box.height], [box.x, box.y + box.height]];
  return points.map(([x, y]) => {
    const p = new DOMPoint(x, y).matrixTransform(matrix);
    return [p.x, p.y];
  });
}
function project(points, axis) {
  let low = Infinity, high = -Infinity;
  for (const [x, y] of points) {
    const v = x * axis[0] + y * axis[1];
    low = Math.min(low, v); high = Math.max(high, v);
  }
  return [low, high];
}
// Separating axes of two convex quadrilaterals: overlapping by more than the tolerance on every axis.
function overlap(a, b) {
  for (const shape of [a, b]) {
    for (let i = 0; i < 2; i++) {
      const [x0, y0] = shape[i], [x1, y1] = shape[i + 1];
      const length = Math.hypot(x1 - x0, y1 - y0);
      if (length === 0) continue;
      const axis = [(y0 - y1) / length, (x1 - x0) / length];
      const [al, ah] = project(a, axis), [bl, bh] = project(b, axis);
      if (Math.min(ah, bh) - Math.max(al, bl) <= textTolerance) return false;
    }
  }
  return true;
}
function label(text) {
  const content = text.textContent.replace(/\s+/g, ' ').trim();
  return '"' + (content.length > 60 ? content.slice(0, 59) + '…' : content) + '"';
}
function svgName(svg, index) {
  const title = svg.querySelector(':scope > title');
  const text = title ? title.textContent.replace(/\s+/g, ' ').trim() : '';
  return 'svg ' + (index + 1) + (svg.id ? '#' + svg.id : '') + (text ? ' "' + (text.length > 70 ? text.slice(0, 69) + '…' : text) + '"' : '');
}
function parseColour(value) {
  const m = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)/.exec(value || '');
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}
function luminance([r, g, b]) {
  const linear = (c) => { const s = c / 255; return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4); };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
function cellFill(rect) {
  const fill = getComputedStyle(rect).fill;
  const reference = /url\(["']?#([^"')]+)["']?\)/.exec(fill);
  if (reference) {
    const pattern = document.getElementById(reference[1]);
    const background = pattern && pattern.querySelector('rect');
    return background ? parseColour(getComputedStyle(background).fill) : null;
  }
  return parseColour(fill);
}
const outermost = [...document.querySelectorAll('svg')].filter(svg => !svg.parentElement.closest('svg'));
outermost.forEach((svg, index) => {
  const view = svg.viewBox.baseVal;
  const bounds = view && (view.width > 0 || view.height > 0)
    ? [view.x, view.y, view.x + view.width, view.y + view.height]
    : [0, 0, svg.width.baseVal.value, svg.height.baseVal.value];
  const boxes = [];
  svg.querySelectorAll('text').forEach((text, number) => {
    const quad = corners(text, svg);
    if (!quad) return;
    const xs = quad.map(p => p[0]), ys = quad.map(p => p[1]);
    const box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    if (box[0] < bounds[0] - textTolerance || box[1] < bounds[1] - textTolerance ||
        box[2] > bounds[2] + textTolerance || box[3] > bounds[3] + textTolerance) {
      result.outside.push([index + '/' + number, svgName(svg, index) + ': ' + label(text) + ' spans ' + box.map(v => v.toFixed(1)).join(',') +
                          ' beyond the viewBox ' + bounds.map(v => +v.toFixed(1)).join(',')]);
    }
    boxes.push({text, quad, box, number});
  });
  boxes.sort((a, b) => a.box[0] - b.box[0]);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length && boxes[j].box[0] < boxes[i].box[2] - textTolerance; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.box[1] >= b.box[3] - textTolerance || b.box[1] >= a.box[3] - textTolerance) continue;
      if (overlap(a.quad, b.quad)) {
        const [first, second] = a.number < b.number ? [a, b] : [b, a];
        result.overlaps.push([index + '/' + first.number + '/' + second.number,
                              svgName(svg, index) + ': ' + label(first.text) + ' overlaps ' + label(second.text)]);
      }
    }
  }
  svg.querySelectorAll('text').forEach((text, number) => {
    if (!text.hasAttribute('data-cell-label')) return;
    const rect = text.parentElement.querySelector(':scope > rect');
    const background = rect && cellFill(rect);
    const ink = parseColour(getComputedStyle(text).fill);
    if (!background || !ink) {
      result.contrast.push([index + '/' + number, svgName(svg, index) + ': ' + label(text) + ' has no cell fill to read against']);
      return;
    }
    const [a, b] = [luminance(ink), luminance(background)];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < minimumContrast) {
      result.contrast.push([index + '/' + number, svgName(svg, index) + ': ' + label(text) + ' ' + ratio.toFixed(2) +
                            ':1 (text rgb(' + ink.join(',') + ') on cell rgb(' + background.join(',') + '))']);
    }
  });
});
result.ids = [...document.querySelectorAll('[id]')].map(e => e.id);
for (const element of document.querySelectorAll('a[href], link[href], img[src], script[src], iframe[src], source[src]')) {
  const raw = element.getAttribute(element.hasAttribute('href') ? 'href' : 'src');
  const absolute = element.hasAttribute('href') ? element.href : element.src;
  result.links.push([raw, absolute, describe(element)]);
}
return result;
"""


def pages_under(paths):
    """Every .html page named by the paths (folders searched at any depth), sorted, absolute."""
    pages = []
    for path in paths:
        if os.path.isdir(path):
            for folder, _, files in os.walk(path):
                pages += [os.path.join(folder, name) for name in files if name.endswith(".html")]
        elif os.path.isfile(path) and path.endswith(".html"):
            pages.append(path)
        else:
            raise SystemExit(f"check_site: {path}: not a folder or an .html page")
    return sorted({os.path.abspath(page) for page in pages})


def start_browser():
    """One headless Chromium at device scale 1, its console kept, chromedriver named explicitly."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                     "--force-device-scale-factor=1", "--disable-extensions", "--no-first-run",
                     "--disable-dev-shm-usage", "--allow-file-access-from-files",
                     f"--window-size={WIDTHS[0]},{HEIGHT}"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)


def set_width(driver, width, height=HEIGHT):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


def local_target(url):
    """The file a file: URL names and its fragment; None for other schemes."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme != "file":
        return None
    return urllib.parse.unquote(parts.path), urllib.parse.unquote(parts.fragment)


def ids_in_file(path, cache):
    """The ids of a page not opened in the browser (read from its source)."""
    if path not in cache:
        with open(path, encoding="utf-8", errors="replace") as handle:
            cache[path] = set(re.findall(r"""\sid\s*=\s*["']([^"']*)["']""", handle.read()))
    return cache[path]


def screenshot_choices(pages):
    """(page, width, file name) of the three screenshots: the latest edition's ranking, a country
    page and its audit (else evidence) page, found by name; an empty list when there is no ranking."""
    rankings = [p for p in pages if os.path.basename(p) == "index.html"
                and re.fullmatch(r"\d{4}", os.path.basename(os.path.dirname(p)))]
    if not rankings:
        return []
    latest = max(rankings, key=lambda p: os.path.basename(os.path.dirname(p)))
    folder = os.path.dirname(latest)
    siblings = [p for p in pages if os.path.dirname(p) == folder]
    choices = [(latest, 1200, "ranking-1200.png")]
    countries = [p for p in siblings if re.fullmatch(r"[A-Z]{3}\.html", os.path.basename(p))]
    if countries:
        choices.append((countries[0], 400, f"country-{os.path.basename(countries[0])[:3]}-400.png"))
    for name in ("audit.html", "evidence.html"):
        page = os.path.join(folder, name)
        if page in siblings:
            choices.append((page, 1200, f"{name[:-5]}-1200.png"))
            break
    return choices


def full_screenshot(driver, width, path):
    height = driver.execute_script("return Math.ceil(document.documentElement.scrollHeight)")
    set_width(driver, width, min(max(height, HEIGHT), 16000))
    driver.save_screenshot(path)
    set_width(driver, width)


def check(driver, pages, screenshots=None, log=sys.stderr):
    """Every page at every width; returns the findings as (page, width, what, detail) and the
    screenshots written."""
    findings, seen, page_ids, shots = [], set(), {}, []
    pending = {(page, width): name for page, width, name in (screenshot_choices(pages) if screenshots else [])}
    links = []

    def report(page, width, what, detail, identity=None):
        # Once per page, not once per width, unless it is the page's width that is wrong; an SVG
        # text is known by its place in the page (its coordinates vary a little with the scale).
        key = (page, what, width if what == "overflow" else identity or detail)
        if key not in seen:
            seen.add(key)
            findings.append((page, width, what, detail))

    for width in WIDTHS:
        set_width(driver, width)
        started = time.monotonic()
        for page in pages:
            driver.get("file://" + urllib.parse.quote(page))
            result = driver.execute_script(PAGE_SCRIPT, TEXT_TOLERANCE, OVERFLOW_TOLERANCE, MINIMUM_CONTRAST)
            if result["scrollWidth"] > result["viewport"] + OVERFLOW_TOLERANCE:
                report(page, width, "overflow",
                       f"the page is {result['scrollWidth']} px wide in a {result['viewport']} px viewport: "
                       + "; ".join(result["overflowing"] or ["(no single element found)"]))
            for what, name in (("svg text outside", "outside"), ("svg text overlap", "overlaps"), ("contrast", "contrast")):
                for identity, detail in result[name]:
                    report(page, width, what, detail, identity)
            for entry in driver.get_log("browser"):
                if entry.get("level") == "SEVERE":
                    report(page, width, "console error", entry.get("message", "").strip())
            page_ids[page] = set(result["ids"])
            links += [(page, width, raw, absolute, element) for raw, absolute, element in result["links"]]
            if (page, width) in pending:
                path = os.path.join(screenshots, pending.pop((page, width)))
                full_screenshot(driver, width, path)
                shots.append(path)
        print(f"check_site: {len(pages)} pages at {width} px in {time.monotonic() - started:.1f} s", file=log)

    source_ids = {}
    for page, width, raw, absolute, element in links:
        target = local_target(absolute)
        if target is None:
            continue
        path, fragment = target
        if not os.path.exists(path):
            report(page, width, "broken link", f"{element} → {raw}: no file {os.path.relpath(path)}")
        elif fragment and path.endswith(".html"):
            ids = page_ids.get(os.path.abspath(path)) or ids_in_file(path, source_ids)
            if fragment not in ids:
                report(page, width, "broken anchor", f"{element} → {raw}: no id \"{fragment}\" in {os.path.relpath(path)}")
    return findings, shots


def main():
    parser = argparse.ArgumentParser(description="Check every page of a report site in headless Chromium.")
    parser.add_argument("paths", nargs="*", default=["Reports"], help="folders or .html pages (default Reports)")
    parser.add_argument("--screenshots", metavar="DIR", help="write three screenshots into DIR")
    arguments = parser.parse_args()
    pages = pages_under(arguments.paths)
    if not pages:
        print(f"check_site: no .html page under {' '.join(arguments.paths)}", file=sys.stderr)
        return 2
    if arguments.screenshots:
        os.makedirs(arguments.screenshots, exist_ok=True)
    try:
        driver = start_browser()
    except Exception as error:  # noqa: BLE001 — any failure to start is reported the same way
        print(f"check_site: cannot start headless Chromium through {CHROMEDRIVER}: {error}", file=sys.stderr)
        return 2
    try:
        findings, shots = check(driver, pages, arguments.screenshots)
    finally:
        driver.quit()
    for path in shots:
        print(f"screenshot: {os.path.relpath(path)}")
    for page, width, what, detail in sorted(findings, key=lambda finding: (finding[0], -finding[1])):
        print(f"{os.path.relpath(page)} @{width}px: {what}: {detail}")
    widths = " and ".join(str(w) for w in WIDTHS)
    if findings:
        print(f"check_site: {len(findings)} problem(s) in {len({f[0] for f in findings})} of {len(pages)} pages "
              f"at {widths} px", file=sys.stderr)
        return 1
    print(f"check_site: {len(pages)} pages pass at {widths} px", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
