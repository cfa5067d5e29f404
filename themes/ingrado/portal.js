/* The portal's two small behaviours for every page, without jQuery (most pages load no PrimeFaces
   script): tables that stack on a phone, and the confirmation of destructive and mass actions. */
(function () {
    "use strict";

    /* Tables: each cell gets its column's header as data-label, shown on a phone where the rows become
       cards (portal.css); a cell holding the row's action (a button, or a link under a header that only
       screen readers see) is marked so it comes first. The table roles are set explicitly because
       display:block takes them away in some browsers. */
    function labelTable(table) {
        var headRow = table.tHead && table.tHead.rows[0];
        if (!headRow) {
            return;
        }
        var labels = [];
        var actions = [];
        Array.prototype.forEach.call(headRow.cells, function (th) {
            var hidden = th.querySelector(".sr-only") !== null && th.textContent.trim() === th.querySelector(".sr-only").textContent.trim();
            for (var i = 0; i < (th.colSpan || 1); i++) {
                labels.push(hidden ? "" : th.textContent.trim());
                actions.push(hidden);
            }
        });
        table.setAttribute("role", "table");
        Array.prototype.forEach.call(table.querySelectorAll(":scope > thead, :scope > tbody, :scope > tfoot"), function (group) {
            group.setAttribute("role", "rowgroup");
        });
        Array.prototype.forEach.call(headRow.cells, function (th) {
            th.setAttribute("role", "columnheader");
        });
        Array.prototype.forEach.call(table.tBodies, function (body) {
            Array.prototype.forEach.call(body.rows, function (row) {
                row.setAttribute("role", "row");
                var column = 0;
                Array.prototype.forEach.call(row.cells, function (cell) {
                    if (column < labels.length && !cell.hasAttribute("data-label")) {
                        cell.setAttribute("data-label", labels[column]);
                    }
                    cell.setAttribute("role", cell.tagName === "TH" ? "rowheader" : "cell");
                    var holdsButton = cell.querySelector("input[type=submit], button, a.button") !== null;
                    if ((actions[column] || holdsButton) && cell.textContent.trim().length < 60) {
                        cell.classList.add("table__action");
                    }
                    column += cell.colSpan || 1;
                });
            });
        });
        headRow.setAttribute("role", "row");
    }

    function labelTables(root) {
        Array.prototype.forEach.call((root || document).querySelectorAll("table.table"), labelTable);
    }

    /* Confirmation: a button with data-confirm opens the page's dialog, which names what the action
       will do (data-confirm) and carries it on its confirm button (data-confirm-action). Only
       "confirm" lets the original click through; Escape, "cancel" and the backdrop do nothing. */
    var dialog;
    var pending;

    function ask(button) {
        dialog = dialog || document.getElementById("confirm-dialog");
        if (!dialog || typeof dialog.showModal !== "function") {
            return window.confirm(button.getAttribute("data-confirm"));
        }
        pending = button;
        document.getElementById("confirm-dialog-text").textContent = button.getAttribute("data-confirm");
        var ok = document.getElementById("confirm-dialog-ok");
        ok.value = button.getAttribute("data-confirm-action") || ok.getAttribute("data-default");
        ok.className = "button " + (button.getAttribute("data-confirm-kind") === "primary" ? "button--primary" : "button--danger");
        dialog.showModal();
        document.getElementById("confirm-dialog-cancel").focus();
        return false;
    }

    function answer(confirmed) {
        var button = pending;
        pending = null;
        dialog.close();
        if (!button) {
            return;
        }
        if (confirmed) {
            button.setAttribute("data-confirmed", "yes");
            button.click();
        } else {
            button.focus();
        }
    }

    document.addEventListener("click", function (event) {
        var button = event.target.closest && event.target.closest("[data-confirm]");
        if (!button) {
            return;
        }
        if (button.getAttribute("data-confirmed") === "yes") {
            button.removeAttribute("data-confirmed");
            return;
        }
        if (!ask(button)) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);

    function init() {
        labelTables(document);
        var d = document.getElementById("confirm-dialog");
        if (d) {
            document.getElementById("confirm-dialog-ok").addEventListener("click", function () {
                answer(true);
            });
            document.getElementById("confirm-dialog-cancel").addEventListener("click", function () {
                answer(false);
            });
            d.addEventListener("cancel", function (event) {
                event.preventDefault();
                answer(false);
            });
        }
        // tables replaced by an ajax update get their labels too
        new MutationObserver(function (changes) {
            changes.forEach(function (change) {
                Array.prototype.forEach.call(change.addedNodes, function (node) {
                    if (node.nodeType === 1) {
                        if (node.matches("table.table")) {
                            labelTable(node);
                        } else {
                            labelTables(node);
                        }
                    }
                });
            });
        }).observe(document.body, {childList: true, subtree: true});
    }

    /* Forms: the error summary of a refused form takes the focus, and each of its links focuses its
       field (a link to an id only scrolls); a required field's mark (the label's asterisk) gets a text
       screen readers read instead. */
    function initForms() {
        var summary = document.getElementById("errorSummary");
        if (summary) {
            summary.focus();
            summary.addEventListener("click", function (event) {
                var link = event.target.closest("a[data-field]");
                var field = link && document.getElementById(link.getAttribute("data-field"));
                if (field) {
                    event.preventDefault();
                    field.scrollIntoView({block: "center"});
                    field.focus();
                }
            });
        }
        var required = document.body.getAttribute("data-required-text");
        Array.prototype.forEach.call(document.querySelectorAll(".ui-outputlabel-rfi"), function (mark) {
            if (required && !mark.querySelector(".sr-only")) {
                mark.setAttribute("title", required);
                mark.innerHTML = "<span aria-hidden=\"true\">*</span><span class=\"sr-only\"></span>";
                mark.lastChild.textContent = " " + required;
            }
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", initForms);
    } else {
        initForms();
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
