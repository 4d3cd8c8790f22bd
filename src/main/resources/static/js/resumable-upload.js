// Resumable uploads on the deposit page (issue 23, docs/uploads.md). The form works without JavaScript as a plain
// multipart upload; here it is enhanced: the file goes to the tus endpoint in chunks with tus-js-client (retried
// after a broken connection, and resumed after a reload of the page when the same file is chosen again: the
// client keeps each upload's address in localStorage), its SHA-256 is computed in the browser meanwhile, and the
// form then posts the upload's address and that SHA-256, which the server compares with its own before storing.
(function () {
  'use strict';

  // SHA-256 fed piece by piece (FIPS 180-4). WebCrypto hashes only whole buffers, which would hold a large file in
  // memory, and a WebAssembly hasher needs 'wasm-unsafe-eval' in the page's CSP: a small script is enough.
  var K = new Int32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]);

  function Sha256() {
    this.h = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
    this.w = new Int32Array(64);
    this.pending = new Uint8Array(64);
    this.pendingLength = 0;
    this.length = 0;
  }

  Sha256.prototype.block = function (data, at) {
    var w = this.w, h = this.h, i;
    for (i = 0; i < 16; i++) {
      w[i] = (data[at + 4 * i] << 24) | (data[at + 4 * i + 1] << 16) | (data[at + 4 * i + 2] << 8) | data[at + 4 * i + 3];
    }
    for (i = 16; i < 64; i++) {
      var a = w[i - 15], b = w[i - 2];
      var s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      var s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    var A = h[0], B = h[1], C = h[2], D = h[3], E = h[4], F = h[5], G = h[6], H = h[7];
    for (i = 0; i < 64; i++) {
      var S1 = ((E >>> 6) | (E << 26)) ^ ((E >>> 11) | (E << 21)) ^ ((E >>> 25) | (E << 7));
      var t1 = (H + S1 + ((E & F) ^ (~E & G)) + K[i] + w[i]) | 0;
      var S0 = ((A >>> 2) | (A << 30)) ^ ((A >>> 13) | (A << 19)) ^ ((A >>> 22) | (A << 10));
      var t2 = (S0 + ((A & B) ^ (A & C) ^ (B & C))) | 0;
      H = G; G = F; F = E; E = (D + t1) | 0; D = C; C = B; B = A; A = (t1 + t2) | 0;
    }
    h[0] = (h[0] + A) | 0; h[1] = (h[1] + B) | 0; h[2] = (h[2] + C) | 0; h[3] = (h[3] + D) | 0;
    h[4] = (h[4] + E) | 0; h[5] = (h[5] + F) | 0; h[6] = (h[6] + G) | 0; h[7] = (h[7] + H) | 0;
  };

  Sha256.prototype.update = function (data) {
    var at = 0;
    this.length += data.length;
    if (this.pendingLength > 0) {
      var take = Math.min(64 - this.pendingLength, data.length);
      this.pending.set(data.subarray(0, take), this.pendingLength);
      this.pendingLength += take;
      at = take;
      if (this.pendingLength < 64) {
        return;
      }
      this.block(this.pending, 0);
      this.pendingLength = 0;
    }
    for (; at + 64 <= data.length; at += 64) {
      this.block(data, at);
    }
    this.pending.set(data.subarray(at), 0);
    this.pendingLength = data.length - at;
  };

  Sha256.prototype.hex = function () {
    var bits = this.length * 8;
    var tail = new Uint8Array(this.pendingLength < 56 ? 64 : 128);
    tail.set(this.pending.subarray(0, this.pendingLength));
    tail[this.pendingLength] = 0x80;
    var high = Math.floor(bits / 0x100000000), low = bits >>> 0;
    var end = tail.length;
    tail[end - 8] = high >>> 24; tail[end - 7] = high >>> 16; tail[end - 6] = high >>> 8; tail[end - 5] = high;
    tail[end - 4] = low >>> 24; tail[end - 3] = low >>> 16; tail[end - 2] = low >>> 8; tail[end - 1] = low;
    for (var at = 0; at < end; at += 64) {
      this.block(tail, at);
    }
    var out = '';
    for (var i = 0; i < 8; i++) {
      out += ('00000000' + (this.h[i] >>> 0).toString(16)).slice(-8);
    }
    return out;
  };

  // Reads the file in slices of 4 MB, never whole, while the upload runs.
  function hashFile(file) {
    var hash = new Sha256();
    var slice = 4 * 1024 * 1024;
    function from(offset) {
      if (offset >= file.size) {
        return Promise.resolve(hash.hex());
      }
      return file.slice(offset, offset + slice).arrayBuffer().then(function (buffer) {
        hash.update(new Uint8Array(buffer));
        return from(offset + slice);
      });
    }
    return from(0);
  }

  var form = document.querySelector('form[data-resumable]');
  if (!form || !window.tus || !window.tus.isSupported || !window.Promise || !window.Blob || !Blob.prototype.arrayBuffer) {
    return;
  }
  form.querySelectorAll('.resumable-only').forEach(function (element) {
    element.hidden = false;
  });
  var status = form.querySelector('.upload-status');
  var bar = form.querySelector('progress.upload-progress');
  var button = form.querySelector('button[type=submit]');
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');

  form.addEventListener('submit', function (event) {
    var input = form.querySelector('input[type=file]');
    if (!input.files || input.files.length === 0 || form.dataset.sending === 'done') {
      return;
    }
    event.preventDefault();
    if (form.dataset.sending === 'yes') {
      return;
    }
    form.dataset.sending = 'yes';
    button.disabled = true;
    var file = input.files[0];
    var headers = {};
    if (token && header) {
      headers[header.content] = token.content;
    }
    var hashing = hashFile(file);
    status.textContent = form.dataset.msgUploading;
    var upload = new window.tus.Upload(file, {
      endpoint: form.dataset.resumable,
      chunkSize: parseInt(form.dataset.chunkSize, 10) || 8388608,
      retryDelays: [0, 1000, 3000, 5000, 10000, 20000, 30000],
      headers: headers,
      metadata: { filename: file.name, filetype: file.type || 'application/octet-stream' },
      removeFingerprintOnSuccess: true,
      onProgress: function (sent, total) {
        bar.max = total;
        bar.value = sent;
      },
      onShouldRetry: function (error) {
        var answer = error.originalResponse ? error.originalResponse.getStatus() : 0;
        // a broken connection, a server busy or restarting: retry; a refusal (403, 404, 410, 413) will not change
        if (answer === 0 || answer === 409 || answer === 423 || answer >= 500) {
          status.textContent = form.dataset.msgRetrying;
          return true;
        }
        return false;
      },
      onError: function () {
        status.textContent = form.dataset.msgFailed;
        form.dataset.sending = '';
        button.disabled = false;
      },
      onSuccess: function () {
        status.textContent = form.dataset.msgAdding;
        hashing.then(function (sha256) {
          form.querySelector('input[name=upload]').value = upload.url;
          form.querySelector('input[name=sha256]').value = sha256;
          input.disabled = true; // the bytes are on the server already: the form posts the upload's address only
          form.dataset.sending = 'done';
          form.action = form.dataset.uploaded;
          form.submit();
        });
      }
    });
    upload.findPreviousUploads().then(function (previous) {
      if (previous.length > 0) {
        upload.resumeFromPreviousUpload(previous[0]);
      }
      upload.start();
    });
  });
})();
