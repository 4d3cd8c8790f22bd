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
    bar.max = event.detail.total;
    bar.value = event.detail.loaded;
  }
});
