/*
 * Warns before the idle session runs out (WCAG 2.2.1 Timing Adjustable) and offers to stay logged in,
 * so a long form is not lost. The timeout comes from the page (data-seconds); every page load, ajax
 * request or "stay logged in" restarts the count. No dependencies.
 */
(function () {
    'use strict';
    var box = document.getElementById('sessionWarning');
    if (!box || typeof box.showModal !== 'function') {
        return;
    }
    var seconds = parseInt(box.getAttribute('data-seconds'), 10);
    if (!(seconds > 0)) {
        return;
    }
    // five minutes ahead, or a sixth of a short timeout (tests)
    var ahead = Math.min(300, Math.max(1, Math.floor(seconds / 6)));
    var stay = document.getElementById('sessionStay');
    var text = document.getElementById('sessionWarningText');
    var expiredText = box.getAttribute('data-expired');
    var warnTimer, endTimer;

    function start(timeout) {
        clearTimeout(warnTimer);
        clearTimeout(endTimer);
        warnTimer = setTimeout(warn, (timeout - ahead) * 1000);
        endTimer = setTimeout(expired, timeout * 1000);
    }

    function warn() {
        if (!box.open) {
            box.showModal();
        }
        stay.focus();
    }

    function expired() {
        text.textContent = expiredText;
        stay.hidden = true;
        document.getElementById('sessionLogin').hidden = false;
        if (!box.open) {
            box.showModal();
        }
    }

    stay.addEventListener('click', function () {
        fetch(box.getAttribute('data-url'), {method: 'POST', credentials: 'same-origin', redirect: 'manual'})
            .then(function (response) {
                if (response.status === 204) {
                    box.close();
                    start(parseInt(response.headers.get('X-Session-Seconds'), 10) || seconds);
                } else {
                    expired();
                }
            }, expired);
    });

    // a PrimeFaces ajax request also reached the session
    document.addEventListener('pfAjaxComplete', function () { start(seconds); });
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', function () { start(seconds); });
    }
    start(seconds);
})();
