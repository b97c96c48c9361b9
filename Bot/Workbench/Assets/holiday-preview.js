// 节假日 page (/workbench/holidays): each holiday template's preview follows the text as it is typed, filled in with the
// holiday's coming dates the page carries (data-holiday, data-first, data-last, data-bureau on the form). Without script
// the 预览 button asks the bot for the same preview.
(function () {
  'use strict';
  var forms = document.querySelectorAll('form[data-holiday]');
  Array.prototype.forEach.call(forms, function (form) {
    var text = form.querySelector('textarea[name=text]');
    var live = form.querySelector('.template-live');
    if (!text || !live) {
      return;
    }

    function fill() {
      live.textContent = text.value
        .split('{holiday}').join(form.dataset.holiday)
        .split('{firstOffDay}').join(form.dataset.first)
        .split('{lastOffDay}').join(form.dataset.last)
        .split('{bureau}').join(form.dataset.bureau);
    }

    live.hidden = false;
    text.addEventListener('input', fill);
    fill();
  });
})();
