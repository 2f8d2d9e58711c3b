// The message form on cheap phones: show the problems of a refused form, count characters, make big phone photos
// smaller before a slow upload (canvas, longest side 2048), and stop double taps. The form works without this file.
(function () {
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
    summary.scrollIntoView({ block: 'start' });
  }
  var form = document.getElementById('message-form');
  if (!form) return;
  var text = document.getElementById('text');
  var count = document.getElementById('text-count');
  var update = function () { count.textContent = text.value.length; };
  text.addEventListener('input', update);
  update();

  var LONGEST = 2048;
  var submit = document.getElementById('submit');
  var canShrink = !!(window.DataTransfer && window.HTMLCanvasElement && HTMLCanvasElement.prototype.toBlob && window.URL);

  // Draws the photo at most LONGEST pixels on its longer side and puts the JPEG back in place of the original.
  function shrink(input) {
    var file = input.files && input.files[0];
    if (!canShrink || !file || !/^image\//.test(file.type)) return;
    var img = new Image();
    var url = URL.createObjectURL(file);
    img.onload = function () {
      var scale = Math.min(1, LONGEST / Math.max(img.naturalWidth, img.naturalHeight));
      if (scale === 1 && file.size < 2 * 1024 * 1024 && /jpeg|png/.test(file.type)) { URL.revokeObjectURL(url); return; }
      var canvas = document.createElement('canvas');
      canvas.width = Math.round(img.naturalWidth * scale);
      canvas.height = Math.round(img.naturalHeight * scale);
      canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      canvas.toBlob(function (blob) {
        if (!blob) return;
        try {
          var smaller = new File([blob], file.name.replace(/\.[^.]*$/, '') + '.jpg', { type: 'image/jpeg' });
          var list = new DataTransfer();
          list.items.add(smaller);
          input.files = list.files;
          input.setAttribute('data-shrunk', canvas.width + 'x' + canvas.height);
        } catch (e) { /* an old browser: the original goes up and the server makes it smaller */ }
      }, 'image/jpeg', 0.85);
    };
    img.onerror = function () { URL.revokeObjectURL(url); };
    img.src = url;
  }
  var inputs = form.querySelectorAll('.photo-input');
  for (var i = 0; i < inputs.length; i++) {
    inputs[i].addEventListener('change', function (event) { shrink(event.target); });
  }

  var label = submit.textContent;
  // back from the receipt: the page comes from the browser's cache with the button still disabled
  window.addEventListener('pageshow', function () { submit.disabled = false; submit.textContent = label; });
  form.addEventListener('submit', function () {
    submit.disabled = true;
    submit.textContent = submit.getAttribute('data-busy') || submit.textContent;
  });

  // 我也反映: htmx is loaded only once the resident picks a category or block or types, so the page stays light for
  // those who never do; then it asks for similar public cases under the form (#similar) as they go on.
  var similar = document.getElementById('similar');
  if (!similar) return;
  var loading = false;
  function loadHtmx(event) {
    if (loading) return;
    loading = true;
    var script = document.createElement('script');
    script.src = '/webjars/htmx.org/dist/htmx.min.js'; // its plain name: served, and revalidated by the browser
    script.onload = function () {
      window.htmx.process(similar);
      event.target.dispatchEvent(new Event(event.type));
    };
    document.head.appendChild(script);
  }
  ['categoryId', 'blockId'].forEach(function (id) {
    var field = document.getElementById(id);
    if (field) field.addEventListener('change', loadHtmx);
  });
  text.addEventListener('input', loadHtmx);
})();
