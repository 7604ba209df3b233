// Veille's pages: the little they do in the browser. Served from the server itself (the
// Content-Security-Policy allows no inline script): bring a marked span into view, and follow
// an ingest job's progress.
(function () {
  "use strict";

  // The fact's evidence (or the cited words) the page was opened for, in the middle of the view.
  function scrollToTarget() {
    var target = document.querySelector("[data-scroll-to]");
    if (target) {
      target.scrollIntoView({ block: "center" });
      target.classList.add("flash");
    }
  }

  // An ingest job's page asks for its JSON twin every second and reloads once the job is over.
  function followJob() {
    var box = document.getElementById("job");
    if (!box || box.dataset.status === "done" || box.dataset.status === "failed") {
      return;
    }
    var count = document.getElementById("job-count");
    var bar = document.getElementById("job-bar");
    function poll() {
      fetch(box.dataset.src, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) { return response.json(); })
        .then(function (job) {
          if (job.status === "done" || job.status === "failed" || job.status !== box.dataset.status) {
            window.location.reload();
            return;
          }
          if (bar) {
            bar.max = job.total || Math.max(job.items, 1);
            bar.value = job.items;
          }
          if (count) {
            count.textContent = count.textContent.replace(/^\d+/, String(job.items));
          }
          window.setTimeout(poll, 1000);
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    }
    window.setTimeout(poll, 500);
  }

  document.addEventListener("DOMContentLoaded", function () {
    scrollToTarget();
    followJob();
  });
})();
