/* On the offline page: list the guide's pages saved on this device, so the reader can open them.
   sw.js keeps them in a cache named "dale-guide-<version>-pages", each with the time it was saved
   (header X-Guide-Saved). Each page is listed by its own heading, in its own language, with the
   day it was saved; the pages in the reader's language (the one of the address they asked for)
   come first, newest first; so do the page's own texts. */
(function () {
  "use strict";
  var list = document.getElementById("saved-pages");
  if (!list) return;
  var readerLang = languageOf(location.href);

  function done() { list.setAttribute("data-listed", "true"); }

  // The reader's language first wherever the page says one thing in every language: in each run
  // of siblings that carry a language, the reader's moves to the front (the " · " between the
  // parts of a heading is CSS, so it follows). Then the page is in that language.
  function readerFirst() {
    var parts = document.querySelectorAll("body [lang]");
    for (var i = 0; i < parts.length; i++) {
      var mine = parts[i];
      if (mine.lang !== readerLang) continue;
      var front = mine;
      while (front.previousElementSibling && front.previousElementSibling.lang &&
             front.previousElementSibling.lang !== readerLang) {
        front = front.previousElementSibling;
      }
      if (front !== mine) mine.parentNode.insertBefore(mine, front);
    }
    document.documentElement.lang = readerLang;
    var title = document.querySelector("h1");
    if (title) {
      document.title = Array.prototype.map.call(title.children, function (part) {
        return part.textContent;
      }).join(" · ");
    }
  }
  readerFirst();

  // The language of a page of this site from its address: a first folder ("es/…") is that
  // language when this page has texts for it, anything else the offline page's own language.
  function languageOf(url) {
    var path = url.indexOf(document.baseURI) === 0 ? url.slice(document.baseURI.length) : "";
    var first = path.split("/")[0];
    return first && list.hasAttribute("data-saved-" + first) ? first : document.documentElement.lang;
  }

  // Everything in the page's own words: its heading (else its title) and language. DOMParser
  // builds an inert document: nothing in it runs.
  function describe(request, response) {
    return response.text().then(function (text) {
      var doc = new DOMParser().parseFromString(text, "text/html");
      var heading = doc.querySelector("article h1") || doc.querySelector("title");
      var stamp = response.headers.get("X-Guide-Saved") || response.headers.get("Date");
      var saved = stamp ? new Date(stamp) : null;
      return {
        url: request.url,
        title: (heading ? heading.textContent : "").trim() || new URL(request.url).pathname,
        lang: doc.documentElement.getAttribute("lang") || languageOf(request.url),
        saved: saved && !isNaN(saved) ? saved : null
      };
    });
  }

  function savedPages() {
    // Inside a promise: some browsers throw at once when site storage is blocked.
    return Promise.resolve().then(function () { return caches.keys(); }).then(function (names) {
      var pages = names.filter(function (n) { return n.indexOf("dale-guide-") === 0 && /-pages$/.test(n); });
      return Promise.all(pages.map(function (n) {
        return caches.open(n).then(function (cache) {
          return cache.keys().then(function (requests) {
            return Promise.all(requests.map(function (request) {
              return cache.match(request).then(function (response) { return describe(request, response); });
            }));
          });
        });
      }));
    }).then(function (groups) {
      var seen = {};
      return [].concat.apply([], groups).filter(function (page) {
        var path = new URL(page.url).pathname;
        return seen[path] ? false : (seen[path] = true);
      });
    });
  }

  // The reader's language first, then the newest first.
  function order(a, b) {
    var mine = (b.lang === readerLang) - (a.lang === readerLang);
    return mine || (b.saved || 0) - (a.saved || 0);
  }

  function item(page) {
    var li = document.createElement("li");
    li.lang = page.lang;
    var link = document.createElement("a");
    link.href = page.url;
    link.textContent = page.title;
    li.appendChild(link);
    var template = list.getAttribute("data-saved-" + page.lang);
    if (page.saved && template) {
      var when = document.createElement("span");
      when.className = "saved-on";
      var date = new Intl.DateTimeFormat(page.lang, { dateStyle: "long" }).format(page.saved);
      when.textContent = " · " + template.replace("{date}", date);
      li.appendChild(when);
    }
    return li;
  }

  savedPages().then(function (pages) {
    if (!pages.length) return; // the two home links stay
    list.textContent = "";
    pages.sort(order).forEach(function (page) { list.appendChild(item(page)); });
  }).catch(function () { /* the two home links stay */ }).then(done);
})();
