// The message form on cheap phones: count characters, check photos before a slow upload, and stop double taps.
(function () {
  var form = document.getElementById('message-form');
  if (!form) return;
  var text = document.getElementById('text');
  var count = document.getElementById('text-count');
  var update = function () { count.textContent = text.value.length; };
  text.addEventListener('input', update);
  update();
  var photoError = document.getElementById('photo-error');
  var submit = document.getElementById('submit');
  form.addEventListener('submit', function (event) {
    var inputs = form.querySelectorAll('.photo-input');
    for (var i = 0; i < inputs.length; i++) {
      var f = inputs[i].files && inputs[i].files[0];
      if (f && f.size > 20 * 1024 * 1024) {
        photoError.textContent = '第 ' + (i + 1) + ' 张照片超过 20 MB，请换一张或压缩后再上传';
        photoError.hidden = false;
        event.preventDefault();
        return;
      }
    }
    submit.disabled = true;
    submit.textContent = '正在提交…';
  });
})();
