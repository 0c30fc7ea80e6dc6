// Filters apply as soon as a choice changes; the form still works without JavaScript (the button).
document.addEventListener("DOMContentLoaded", () => {
  for (const form of document.querySelectorAll("form.filters:not(.chart-form)")) {
    for (const select of form.querySelectorAll("select")) {
      select.addEventListener("change", () => form.requestSubmit());
    }
  }
});
