// The simulated AiGouBao purchase page: live price while the plan or dates change.
(function () {
  var form = document.getElementById('purchase-form');
  var price = document.getElementById('price');
  function recompute() {
    var plan = document.getElementById('plan');
    var perDay = parseFloat(plan.options[plan.selectedIndex].getAttribute('data-price'));
    var start = new Date(document.getElementById('startDate').value);
    var end = new Date(document.getElementById('endDate').value);
    var persons = form.querySelectorAll('fieldset.agb-person').length;
    var days = Math.round((end - start) / 86400000) + 1;
    if (!isNaN(perDay) && days >= 1) {
      price.textContent = '¥' + (Math.round(perDay * 100) * days * persons / 100).toFixed(2);
    } else {
      price.textContent = '—';
    }
    var formula = document.getElementById('price-formula');
    if (formula) { formula.style.display = days >= 1 ? '' : 'none'; }
  }
  ['plan', 'startDate', 'endDate'].forEach(function (id) {
    document.getElementById(id).addEventListener('change', recompute);
  });
})();
