/* Pamphlet site search (search.mustache). Reads the index the build writes
   under this page's folder (Search/SearchIndexFiles.swift): meta.json, then
   one postings shard per query word, a letter's word list only to correct a
   misspelling, and the results files of the results shown (meta.group
   pages a file). Plain JavaScript: no
   eval, no WebAssembly, nothing from another site, so it runs under
   Content-Security-Policy: script-src 'self'. The word rules (fold, words,
   stem) repeat Search/SearchWords.swift line for line: change both or neither. */
(function () {
  'use strict';
  var root = document.querySelector('.search[data-search-index]');
  if (!root || !window.fetch) return;
  // From the disk the index is the files beside this page (its address names the site's root, not the disk's).
  var base = location.protocol === 'file:' ? '' : root.getAttribute('data-search-index');
  var spanish = (root.getAttribute('data-language') || '').indexOf('es') === 0;
  var form = root.querySelector('form');
  var input = form.querySelector('input[name=q]');
  var status = root.querySelector('.search__status');
  var suggestion = root.querySelector('.search__suggestion');
  var list = root.querySelector('.search__results');
  var SHOWN = 10, RERANKED = 15, ALPHABET = '0123456789abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZwxyz-_';
  var cache = {}, run = 0;

  function say(key, values) {
    var text = root.getAttribute('data-t-' + key) || '';
    return text.replace(/\{(\w+)\}/g, function (all, name) { return name in values ? values[name] : all; });
  }

  // A copy opened from the disk (make site's relative build) may not fetch
  // files, but may run the scripts the build wrote beside them (PATH.js).
  function fromDisk(path) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = base + path + '.js';
      script.onload = function () {
        var files = window.pamphletSearchFiles || {}, text = files[path];
        delete files[path];
        script.remove();
        if (typeof text === 'string') resolve(text); else reject(new Error(path));
      };
      script.onerror = function () { script.remove(); reject(new Error(path)); };
      document.head.appendChild(script);
    });
  }

  function get(path, asText) {
    if (!cache[path]) {
      cache[path] = location.protocol === 'file:'
        ? fromDisk(path).then(function (text) { return asText ? text : JSON.parse(text); })
        : fetch(base + path).then(function (response) {
          if (!response.ok) throw new Error(path + ': ' + response.status);
          return asText ? response.text() : response.json();
        });
      cache[path].catch(function () { delete cache[path]; });
    }
    return cache[path];
  }

  function fold(text) {
    return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  function words(text) {
    return (fold(text).match(/[\p{L}\p{N}]+/gu) || []).filter(function (word) { return Array.from(word).length >= 2; });
  }

  function stem(w) {
    if (w.length <= 3 || !/^[a-z]+$/.test(w)) return w;
    function ends(s) { return w.length >= s.length && w.slice(-s.length) === s; }
    if (spanish) {
      if (ends('ces')) w = w.slice(0, -3) + 'z';
      else if (ends('es') && w.length > 4 && 'aeiou'.indexOf(w[w.length - 3]) < 0) w = w.slice(0, -2);
      else if (ends('s')) w = w.slice(0, -1);
      if (w.length >= 5 && /[aoe]$/.test(w)) w = w.slice(0, -1);
    } else {
      if (ends('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
      else if (ends('sses')) w = w.slice(0, -2);
      else if (ends('ss') || ends('us') || ends('is')) { /* "illness", "virus", "diagnosis" stay whole */ }
      else if (ends('s')) w = w.slice(0, -1);
      if (ends('ing') && w.length >= 6) w = w.slice(0, -3);
      else if (ends('ed') && w.length >= 5) w = w.slice(0, -2);
      if (w.length >= 5 && ends('e')) w = w.slice(0, -1);
    }
    return w;
  }

  function fileName(key) {
    var bytes = new TextEncoder().encode(key), name = '';
    for (var i = 0; i < bytes.length; i++) {
      var b = bytes[i];
      name += (b >= 0x61 && b <= 0x7a) || (b >= 0x30 && b <= 0x39) ? String.fromCharCode(b) : '_' + (b < 16 ? '0' : '') + b.toString(16);
    }
    return name;
  }

  var DIGITS = new Int8Array(128);
  for (var d = 0; d < ALPHABET.length; d++) DIGITS[ALPHABET.charCodeAt(d)] = d;

  function decode(text) {
    var values = [], current = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGITS[text.charCodeAt(i)];
      if (digit >= 32) current = current * 32 + digit - 32;
      else { values.push(current * 32 + digit); current = 0; }
    }
    return values;
  }

  // The shard that holds a stem: the longest shard name it starts with.
  function shardOf(meta, term) {
    var letters = Array.from(term);
    for (var n = Math.min(letters.length, 3); n > 0; n--) {
      var key = letters.slice(0, n).join('');
      if (meta.shardSet[key]) return key;
    }
    return null;
  }

  function shard(meta, term) {
    var key = shardOf(meta, term);
    return key === null ? Promise.resolve({}) : get('p/' + fileName(key) + '.json');
  }

  // Damerau-Levenshtein distance, given up past `most`.
  function distance(a, b, most) {
    if (Math.abs(a.length - b.length) > most) return most + 1;
    var rows = [], i, j;
    for (i = 0; i <= a.length; i++) { rows.push([i]); }
    for (j = 1; j <= b.length; j++) rows[0][j] = j;
    for (i = 1; i <= a.length; i++) {
      var low = most + 1;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
        rows[i][j] = d;
        if (d < low) low = d;
      }
      if (low > most) return most + 1;
    }
    return rows[a.length][b.length];
  }

  function allowedTypos(term) { return term.length <= 3 ? 0 : term.length <= 5 ? 1 : 2; }

  // Stems within reach of a misspelt one: its own letter's list first, every letter's if that has none.
  function corrections(meta, term) {
    var most = allowedTypos(term);
    if (!most) return Promise.resolve([]);
    function look(letters) {
      return Promise.all(letters.map(function (letter) { return get('t/' + fileName(letter) + '.txt', true); })).then(function (texts) {
        var found = [];
        texts.forEach(function (text) {
          text.split('\n').forEach(function (line) {
            if (!line) return;
            var parts = line.split(' '), d = distance(term, parts[0], most);
            if (d <= most) found.push({ term: parts[0], word: parts[1] || parts[0], distance: d });
          });
        });
        return found.sort(function (a, b) { return a.distance - b.distance; }).slice(0, 3);
      });
    }
    var first = Array.from(term)[0];
    var own = meta.letters.indexOf(first) >= 0 ? [first] : [];
    return look(own).then(function (found) {
      return found.length ? found : look(meta.letters.filter(function (letter) { return letter !== first; }));
    });
  }

  // Every stem of the index a query stem finds: itself, longer stems it starts, a shorter stem that starts it.
  function matches(term, postings) {
    var found = [];
    if (postings[term]) found.push({ term: term, weight: 1 });
    if (term.length >= 3) {
      Object.keys(postings).forEach(function (other) {
        if (other === term) return;
        if (other.indexOf(term) === 0) found.push({ term: other, weight: 0.6 });
        else if (other.length >= 4 && term.indexOf(other) === 0 && term.length - other.length <= 3) found.push({ term: other, weight: 0.5 });
      });
    }
    return found;
  }

  function search(query) {
    var mine = ++run;
    var typed = words(query);
    suggestion.hidden = true;
    suggestion.textContent = '';
    list.textContent = '';
    if (!typed.length) { status.textContent = ''; return; }
    status.textContent = say('searching', {});
    get('meta.json').then(function (meta) {
      if (!meta.shardSet) {
        meta.shardSet = {};
        meta.shards.forEach(function (key) { meta.shardSet[key] = true; });
      }
      var stop = {};
      meta.stop.forEach(function (word) { stop[word] = true; });
      var kept = typed.filter(function (word) { return !stop[word]; });
      if (!kept.length) kept = typed;
      var stems = kept.map(stem);
      return Promise.all(stems.map(function (term) { return shard(meta, term); })).then(function (shards) {
        var found = stems.map(function (term, i) { return matches(term, shards[i]).map(function (m) { m.postings = shards[i][m.term]; return m; }); });
        var missing = stems.filter(function (term, i) { return !found[i].length; });
        if (!missing.length) return { meta: meta, stems: stems, kept: kept, found: found, corrected: null };
        // A word the index does not have: look for the words one or two letters away.
        return Promise.all(stems.map(function (term, i) { return found[i].length ? [] : corrections(meta, term); })).then(function (fixes) {
          return Promise.all(fixes.map(function (list) {
            return Promise.all(list.map(function (fix) { return shard(meta, fix.term); }));
          })).then(function (fixShards) {
            var corrected = kept.slice();
            fixes.forEach(function (list, i) {
              if (!list.length) return;
              corrected[i] = list[0].word;
              list.forEach(function (fix, j) {
                var postings = fixShards[i][j][fix.term];
                if (postings) found[i].push({ term: fix.term, weight: fix.distance === 1 ? 0.4 : 0.25, postings: postings, typo: true });
              });
            });
            return { meta: meta, stems: stems, kept: kept, found: found, corrected: fixes.some(function (l) { return l.length; }) ? corrected : null };
          });
        });
      });
    }).then(function (state) {
      if (mine !== run) return;
      var ranked = rank(state);
      state.terms = {};
      state.found.forEach(function (list) { list.forEach(function (m) { state.terms[m.term] = true; }); });
      var exact = state.found.every(function (list) { return list.some(function (m) { return !m.typo; }); });
      if (state.corrected && !exact) offer(state.corrected.join(' '));
      var top = ranked.slice(0, state.kept.length > 1 ? RERANKED : SHOWN);
      var group = state.meta.group || 1;
      return Promise.all(top.map(function (entry) {
        return get('r/' + Math.floor(entry.doc / group) + '.json').then(function (file) { return file[entry.doc % group]; });
      })).then(function (pages) {
        if (mine !== run) return;
        var phrase = fold(state.kept.join(' '));
        top.forEach(function (entry, i) {
          entry.page = pages[i];
          var p = pages[i];
          entry.phrase = state.kept.length > 1 && fold([p.t, (p.a || []).join(' '), p.d, p.x].join(' ')).indexOf(phrase) >= 0 ? 1 : 0;
        });
        // An exact phrase beats the same words scattered.
        top.sort(function (a, b) { return b.phrase - a.phrase || b.score - a.score || a.doc - b.doc; });
        show(top.slice(0, SHOWN), ranked.length, query, state);
      });
    }).catch(function () {
      // From the disk, a site built without `links: relative` has no index scripts beside it.
      if (mine === run) status.textContent = say(location.protocol === 'file:' ? 'on-disk' : 'failed', {});
    });
  }

  // Pages with the most query words (all of them when any page has all),
  // by score: each word's best match, weighted by how rare its stem is.
  function rank(state) {
    var total = state.meta.pages, sum = new Float64Array(total), count = new Uint8Array(total), best = new Float64Array(total);
    state.found.forEach(function (list) {
      var touched = [];
      list.forEach(function (match) {
        var numbers = decode(match.postings), idf = Math.log(1 + total / (numbers.length / 2)), doc = 0;
        for (var i = 0; i < numbers.length; i += 2) {
          doc += numbers[i];
          var score = match.weight * idf * numbers[i + 1];
          if (!best[doc]) touched.push(doc);
          if (best[doc] < score) best[doc] = score;
        }
      });
      touched.forEach(function (doc) { sum[doc] += best[doc]; count[doc]++; best[doc] = 0; });
    });
    var most = 0, docs = [];
    for (var doc = 0; doc < total; doc++) if (count[doc] > most) most = count[doc];
    if (!most) return [];
    for (doc = 0; doc < total; doc++) if (count[doc] === most) docs.push({ doc: doc, score: sum[doc] });
    return docs.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
  }

  function offer(words) {
    var link = document.createElement('a');
    link.href = '?q=' + encodeURIComponent(words);
    link.textContent = words;
    var parts = say('did-you-mean', {}).split('{word}');
    suggestion.textContent = '';
    suggestion.appendChild(document.createTextNode(parts[0]));
    suggestion.appendChild(link);
    suggestion.appendChild(document.createTextNode(parts[1] || ''));
    suggestion.hidden = false;
  }

  function show(top, count, query, state) {
    var fragment = document.createDocumentFragment();
    top.forEach(function (entry) {
      var page = entry.page, item = document.createElement('li');
      var heading = document.createElement('h2'), link = document.createElement('a');
      link.href = page.u;
      link.textContent = page.t;
      heading.appendChild(link);
      item.appendChild(heading);
      var meta = [];
      if (page.s) meta.push(page.s);
      if (page.r) meta.push(say('reviewed', {}) + ' ' + date(page.r));
      if (meta.length) item.appendChild(paragraph('search__meta', meta.join(' · '), null));
      if (page.a && page.a.length) item.appendChild(paragraph('search__meta', say('also-called', {}) + ' ' + page.a.join(', '), state.terms));
      item.appendChild(excerpt(page, state.terms, state.stems));
      fragment.appendChild(item);
    });
    list.appendChild(fragment);
    status.textContent = count ? say(count === 1 ? 'result' : 'results', { n: count, q: query }) : say('none', { q: query });
  }

  function date(iso) {
    try {
      return new Intl.DateTimeFormat(document.documentElement.lang || undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso + 'T00:00:00Z'));
    } catch (e) { return iso; }
  }

  function paragraph(className, text, terms) {
    var p = document.createElement('p');
    p.className = className;
    if (terms) mark(p, text, terms, []); else p.textContent = text;
    return p;
  }

  // Appends `text` to `element`, its words whose stem the search matched in <mark>.
  function mark(element, text, terms, stems) {
    var pattern = /[\p{L}\p{N}\u0300-\u036f]+/gu, at = 0, hit;
    while ((hit = pattern.exec(text))) {
      var w = stem(fold(hit[0]));
      var matched = terms[w] || stems.some(function (s) { return s.length >= 3 && w.indexOf(s) === 0; });
      if (!matched) continue;
      element.appendChild(document.createTextNode(text.slice(at, hit.index)));
      var m = document.createElement('mark');
      m.textContent = hit[0];
      element.appendChild(m);
      at = hit.index + hit[0].length;
    }
    element.appendChild(document.createTextNode(text.slice(at)));
  }

  // About 200 characters of the page's text around the first word found, else its description.
  function excerpt(page, terms, stems) {
    var text = page.x || page.d || '', pattern = /[\p{L}\p{N}\u0300-\u036f]+/gu, hit, first = -1;
    while ((hit = pattern.exec(text))) {
      if (terms[stem(fold(hit[0]))]) { first = hit.index; break; }
    }
    if (first < 0 && page.d) { text = page.d; first = 0; }
    var start = Math.max(0, first - 60), end = Math.min(text.length, start + 220);
    if (start > 0) { var space = text.indexOf(' ', start); if (space >= 0 && space < first) start = space + 1; }
    if (end < text.length) { var last = text.lastIndexOf(' ', end); if (last > start) end = last; }
    var p = document.createElement('p');
    p.className = 'search__excerpt';
    mark(p, (start > 0 ? '… ' : '') + text.slice(start, end) + (end < text.length ? ' …' : ''), terms, stems);
    return p;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var query = input.value.trim();
    history.replaceState(null, '', query ? '?q=' + encodeURIComponent(query) : location.pathname);
    search(query);
  });
  var initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    search(initial);
  }
})();
