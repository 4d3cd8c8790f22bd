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
// Intl.DateTimeFormat with explicit fields: dateStyle/timeStyle cannot be combined with timeZoneName
// (toLocaleString throws "Invalid option" then, and only the call's zone would show).
function localTimes(root) {
  var lang = document.documentElement.lang || undefined;
  (root || document).querySelectorAll('time[data-local]:not([data-localized])').forEach(function (element) {
    var at = new Date(element.getAttribute('datetime'));
    if (isNaN(at)) {
      return;
    }
    var fields = element.hasAttribute('data-time-only')
        ? {hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false, timeZoneName: 'short'}
        : {year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZoneName: 'short'};
    var local = document.createElement('small');
    local.className = 'muted local-time';
    try {
      local.textContent = ' · ' + new Intl.DateTimeFormat(lang, fields).format(at);
    } catch (error) {
      return;
    }
    element.setAttribute('data-localized', '');
    element.after(local);
  });
}
document.addEventListener('DOMContentLoaded', function () {
  localTimes(document);
  // a registration tells the participant's zone, so emails can give the meeting's hours in their time
  document.querySelectorAll('input.browser-time-zone').forEach(function (input) {
    try {
      input.value = input.value || Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    } catch (error) {
      // no Intl: the meeting's own zone is used
    }
  });
});
// content htmx brings (the autosave's "saved at") gets the reader's time too
document.addEventListener('htmx:load', function (event) {
  localTimes(event.target.parentNode || document);
});

// A file input squeezed on a phone hides the chosen file's name: it is written out beside it.
document.addEventListener('change', function (event) {
  var input = event.target;
  if (!input.matches || !input.matches('input[type=file][data-chosen-name]')) {
    return;
  }
  var output = input.parentNode.querySelector('output.chosen-file');
  if (output) {
    output.textContent = input.files && input.files.length ? input.files[0].name : '';
  }
});

// A question whose options follow another's answer (the discipline within the field of study) offers only
// the options of that answer; one that no longer fits is cleared (the server drops it too on saving).
document.addEventListener('change', function (event) {
  var changed = event.target;
  if (!changed.id || changed.id.indexOf('q-') !== 0) {
    return;
  }
  var key = changed.id.substring(2);
  document.querySelectorAll('select[data-follows="' + key + '"]').forEach(function (select) {
    select.querySelectorAll('option[data-parent]').forEach(function (option) {
      var offered = !changed.value || option.getAttribute('data-parent') === changed.value;
      option.hidden = !offered;
      option.disabled = !offered;
      if (!offered && option.selected) {
        select.value = '';
      }
    });
  });
}, true);

// A refused form's summary of messages takes the focus, so the person hears what was refused first (decision 114):
// on a page the autofocus attribute does it (also without JavaScript); after an htmx swap, this. Each summary once,
// so an autosave elsewhere on the page never pulls the focus back.
function focusErrorSummary(root) {
  var summary = root && root.querySelector && root.querySelector('[data-error-summary]:not([data-announced])');
  if (!summary && root !== document) {
    summary = document.querySelector('[data-error-summary]:not([data-announced])');
  }
  if (summary) {
    summary.setAttribute('data-announced', '');
    summary.focus();
  }
}
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('[data-error-summary]');
  if (summary && document.activeElement !== summary) {
    summary.focus();
  }
  if (summary) {
    summary.setAttribute('data-announced', '');
  }
});
document.addEventListener('htmx:afterSettle', function (event) {
  var swapped = event.detail && event.detail.elt;
  focusErrorSummary(swapped && swapped.isConnected ? (swapped.parentNode || document) : document);
});

// A table wider than the screen scrolls inside its .table-wrap: a keyboard reaches it (tabindex) only then, so
// it can scroll it with the arrow keys (WCAG 2.1.1); checked again when the width changes.
function scrollableTables(root) {
  (root || document).querySelectorAll('.table-wrap').forEach(function (wrap) {
    if (wrap.scrollWidth > wrap.clientWidth) {
      wrap.setAttribute('tabindex', '0');
    } else {
      wrap.removeAttribute('tabindex');
    }
  });
}
document.addEventListener('DOMContentLoaded', function () {
  scrollableTables(document);
});
document.addEventListener('htmx:load', function () {
  scrollableTables(document);
});
window.addEventListener('resize', function () {
  scrollableTables(document);
});

// On a narrow screen the menu folds behind the “Menu” button (issue 25); without JavaScript the button stays hidden and
// the menu open. Folded again when the screen narrows, shown whenever it is wide (the CSS shows it there anyway).
(function () {
  var narrow = window.matchMedia('(max-width: 900px)');
  function fold(header, button, folded) {
    header.classList.toggle('menu-folded', folded);
    button.setAttribute('aria-expanded', folded ? 'false' : 'true');
  }
  document.addEventListener('DOMContentLoaded', function () {
    var header = document.querySelector('header.site-header');
    var button = header && header.querySelector('.menu-toggle');
    if (!button) {
      return;
    }
    button.hidden = false;
    fold(header, button, narrow.matches);
    button.addEventListener('click', function () {
      fold(header, button, !header.classList.contains('menu-folded'));
    });
    narrow.addEventListener('change', function () {
      fold(header, button, narrow.matches);
    });
  });
})();

