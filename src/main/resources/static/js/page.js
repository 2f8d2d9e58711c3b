// Behaviour that used to sit in inline handlers (the Content-Security-Policy allows no inline script):
// <form data-confirm="question"> asks before it is sent; <button data-print> prints the page.
(function () {
  document.addEventListener('submit', function (event) {
    var question = event.target.getAttribute && event.target.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  }, true);
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-print]');
    if (button) {
      window.print();
    }
  });
})();
