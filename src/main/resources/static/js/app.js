// htmx requests carry the CSRF token like forms do; the token is in the layout's meta tags.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Uploads sent through htmx fill their progress bar as the bytes go out.
document.addEventListener('htmx:xhr:progress', function (event) {
  var bar = event.target.querySelector && event.target.querySelector('progress[data-upload-progress]');
  if (bar && event.detail.lengthComputable) {
    bar.hidden = false;
    bar.max = event.detail.total;
    bar.value = event.detail.loaded;
  }
});

// htmx may have changed the address since the page was rendered (filters pushed into the URL); the
// language switch keeps whatever the address is now. Without JavaScript the rendered link does the same.
document.addEventListener('click', function (event) {
  var link = event.target.closest && event.target.closest('a[data-lang]');
  if (!link) {
    return;
  }
  var url = new URL(window.location.href);
  url.searchParams.set('lang', link.dataset.lang);
  link.href = url.pathname + url.search;
});

// Instants are written in the zone they belong to (a call's); the reader's own time is added beside them.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('time[data-local]').forEach(function (element) {
    var at = new Date(element.getAttribute('datetime'));
    if (isNaN(at)) {
      return;
    }
    var local = document.createElement('small');
    local.className = 'muted local-time';
    local.textContent = ' · ' + at.toLocaleString(document.documentElement.lang || undefined,
        {dateStyle: 'medium', timeStyle: 'short', timeZoneName: 'short'});
    element.after(local);
  });
});
