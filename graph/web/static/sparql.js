/* The SPARQL page: Ctrl+Enter runs the query, Tab indents. */
(function () {
  "use strict";
  var form = document.getElementById("sparql-form");
  var editor = document.getElementById("query");
  if (!form || !editor) { return; }

  editor.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      form.submit();
    } else if (ev.key === "Tab" && !ev.shiftKey) {
      ev.preventDefault();
      var start = editor.selectionStart, end = editor.selectionEnd;
      editor.value = editor.value.slice(0, start) + "  " + editor.value.slice(end);
      editor.selectionStart = editor.selectionEnd = start + 2;
    }
  });
})();
