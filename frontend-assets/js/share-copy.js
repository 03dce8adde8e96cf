// Share links: "copy" buttons copy the link when the browser allows it. Without JavaScript the
// button is a label that focuses the read-only field, from where the link can be copied by hand.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy-target]');
  if (!button || !navigator.clipboard) {
    return;
  }
  var input = document.getElementById(button.getAttribute('data-copy-target'));
  if (!input) {
    return;
  }
  event.preventDefault();
  input.select();
  navigator.clipboard.writeText(input.value).then(function () {
    button.textContent = button.getAttribute('data-copied');
  });
});
